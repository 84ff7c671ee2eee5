-- Pictures sent for an order and refused (not the picture its sealed spec refers to), so production
-- knows why an order's picture has not arrived instead of waiting for it. One row per order: the
-- latest refusal's findings, when it happened and how many there have been (anyone may send one,
-- so a flood of them stays one row).
CREATE TABLE order_picture_refusals (
  order_id integer PRIMARY KEY REFERENCES orders (id),
  findings jsonb NOT NULL,
  refused_at timestamptz NOT NULL,
  attempts integer NOT NULL
);
