-- Orders as customers placed them, their production history and bill of materials; sales quotes.
-- The sealed spec is kept whole (jsonb): it is what production builds from and can re-verify.

-- Running numbers per prefix and year: MTO-2026-000001, Q-2026-000001.
CREATE TABLE document_counters (
  prefix text NOT NULL,
  year integer NOT NULL,
  last_value integer NOT NULL,
  PRIMARY KEY (prefix, year)
);

CREATE TABLE orders (
  id serial PRIMARY KEY,
  number text NOT NULL UNIQUE,
  -- The spec's seal: a retried submit of the same spec is the same order.
  spec_hash text NOT NULL UNIQUE,
  spec jsonb NOT NULL,
  status text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'confirmed', 'in_production', 'shipped')),
  received_at timestamptz NOT NULL,
  -- The server's (UTC) day it arrived: production's "today's orders".
  received_on date NOT NULL
);
CREATE INDEX orders_received_on_status ON orders (received_on, status);

CREATE TABLE order_events (
  id serial PRIMARY KEY,
  order_id integer NOT NULL REFERENCES orders (id),
  from_status text,
  to_status text NOT NULL,
  actor text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX order_events_order ON order_events (order_id, id);

-- The spec's bill of materials as rows, so the day's parts can be summed in SQL.
CREATE TABLE order_bom_lines (
  order_id integer NOT NULL REFERENCES orders (id),
  line integer NOT NULL,
  component_id text NOT NULL,
  sku text NOT NULL,
  name text NOT NULL,
  quantity integer NOT NULL,
  PRIMARY KEY (order_id, line)
);
CREATE INDEX order_bom_lines_sku ON order_bom_lines (sku);

CREATE TABLE quotes (
  id serial PRIMARY KEY,
  number text NOT NULL UNIQUE,
  spec_hash text NOT NULL UNIQUE,
  spec jsonb NOT NULL,
  revision integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
