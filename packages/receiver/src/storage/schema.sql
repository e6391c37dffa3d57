-- One schema for both storages (PGlite and a PostgreSQL server). Idempotent: run at every start.
CREATE TABLE IF NOT EXISTS receipts (
  id              bigserial PRIMARY KEY,
  origin          text        NOT NULL,
  seq             bigint      NOT NULL,           -- position in the origin's chain
  consent_id      text        NOT NULL,
  decided_at      text        NOT NULL,           -- as sent: with consent_id, the receipt's key
  decided_ts      timestamptz NOT NULL,           -- the same instant, for ranges and retention
  received_at     timestamptz NOT NULL DEFAULT now(),
  body            text        NOT NULL,           -- canonical JSON of the receipt, as hashed
  content_hash    text        NOT NULL,
  prev_hash       text        NOT NULL,
  prev_consent_id text        NOT NULL,
  prev_decided_at text        NOT NULL,
  hash            text        NOT NULL,
  CONSTRAINT receipts_key UNIQUE (consent_id, decided_at),
  CONSTRAINT receipts_chain UNIQUE (origin, seq)
);
CREATE INDEX IF NOT EXISTS receipts_decided ON receipts (decided_ts, id);

-- Where each origin's chain starts (seq 1, or the first receipt kept after a purge) and ends.
CREATE TABLE IF NOT EXISTS chain_heads (
  origin                text   PRIMARY KEY,
  start_seq             bigint NOT NULL,
  start_prev_hash       text   NOT NULL,
  start_prev_consent_id text   NOT NULL,
  start_prev_decided_at text   NOT NULL,
  seq                   bigint NOT NULL,
  hash                  text   NOT NULL,
  consent_id            text   NOT NULL,
  decided_at            text   NOT NULL
);

-- Every retention purge, for the record.
CREATE TABLE IF NOT EXISTS purges (
  id          bigserial   PRIMARY KEY,
  origin      text        NOT NULL,
  purged_at   timestamptz NOT NULL DEFAULT now(),
  cutoff      timestamptz NOT NULL,
  through_seq bigint      NOT NULL,
  removed     bigint      NOT NULL
);
