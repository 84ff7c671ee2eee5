-- The product picture a spec refers to (`picture`: media type, size, SHA-256 of the PNG), sent by the
-- shop after the order is placed. Stored only when its SHA-256 is the one the sealed spec names, so
-- there is at most one picture per order and it can never be replaced by another.
CREATE TABLE order_pictures (
  order_id integer PRIMARY KEY REFERENCES orders (id),
  media_type text NOT NULL,
  sha256 text NOT NULL,
  bytes bytea NOT NULL,
  received_at timestamptz NOT NULL
);
