-- One schema for both storages (PGlite and a PostgreSQL server). Idempotent: run at every start.
CREATE TABLE IF NOT EXISTS receipts (
  id              bigserial PRIMARY KEY,
  origin          text        NOT NULL,
  seq             bigint      NOT NULL,           -- position in the origin's chain
  consent_id      text        NOT NULL,
  decided_at      text        NOT NULL,           -- as sent
  decided_ts      timestamptz NOT NULL,           -- the same instant: with consent_id, the receipt's key; ranges, retention
  received_at     timestamptz NOT NULL,           -- set by the receiver, covered by the link hash
  body            text        NOT NULL,           -- canonical JSON of the receipt, as hashed
  content_hash    text        NOT NULL,
  prev_hash       text        NOT NULL,
  prev_consent_id text        NOT NULL,
  prev_decided_at text        NOT NULL,
  hash            text        NOT NULL,
  CONSTRAINT receipts_key UNIQUE (consent_id, decided_ts),
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

-- Every retention purge: what it removed, by which rule, and the hash the chain then starts from,
-- hash-linked per origin (src/purge.js); verify checks them against chain_heads' start.
CREATE TABLE IF NOT EXISTS purges (
  id                    bigserial   PRIMARY KEY,
  origin                text        NOT NULL,
  purged_at             timestamptz NOT NULL,
  cutoff                timestamptz NOT NULL,
  retention_months      int         NOT NULL,
  from_seq              bigint      NOT NULL,
  through_seq           bigint      NOT NULL,
  removed               bigint      NOT NULL,
  head_seq              bigint      NOT NULL,
  chained_to_hash       text        NOT NULL,
  chained_to_consent_id text        NOT NULL,
  chained_to_decided_at text        NOT NULL,
  prev_record_hash      text        NOT NULL,
  record_hash           text        NOT NULL
);

-- Signed checkpoints of every chain (src/checkpoint.js), the newest served by GET /checkpoint.
CREATE TABLE IF NOT EXISTS checkpoints (
  id      bigserial   PRIMARY KEY,
  made_at timestamptz NOT NULL DEFAULT now(),
  body    text        NOT NULL
);

-- Consent statistics (src/stats.js): counts only, nothing personal, kept up to date in the
-- transaction that stores the receipts. '' in regime and variant stands for none.
-- Decisions by origin × UTC day of decidedAt × method, and by each of variant, regime and
-- language: one dimension at a time (dim 'day' with value '', or 'variant', 'regime',
-- 'language' with its value), as GET /stats groups them, so that a 90-day query reads a few
-- thousand rows whatever the number of combinations. (The full cross product was 30 times as
-- many rows for the same queries: measured, see the README.)
CREATE TABLE IF NOT EXISTS stats_by (
  dim       text   NOT NULL,
  day       date   NOT NULL,
  origin    text   NOT NULL,
  value     text   NOT NULL,
  method    text   NOT NULL,
  decisions bigint NOT NULL,
  PRIMARY KEY (dim, day, origin, value, method)
);

-- What the receipts committed since the last roll-up add (src/stats.js rollUpStats): one small
-- row per receipt, no index, so that posting pays little; 'granted' lists what it granted, as
-- 'category:name' and 'service:name' joined by commas (names have neither).
CREATE TABLE IF NOT EXISTS stats_pending (
  origin   text NOT NULL,
  day      date NOT NULL,
  method   text NOT NULL,
  regime   text NOT NULL,
  variant  text NOT NULL,
  language text NOT NULL,
  granted  text NOT NULL
);

-- The number granted per category ('category') and per service ('service'), by dimension.
CREATE TABLE IF NOT EXISTS stats_granted_by (
  dim     text   NOT NULL,
  day     date   NOT NULL,
  origin  text   NOT NULL,
  value   text   NOT NULL,
  kind    text   NOT NULL,
  name    text   NOT NULL,
  granted bigint NOT NULL,
  PRIMARY KEY (dim, day, origin, value, kind, name)
);

-- Banner impressions per day (POST /impressions), by dimension, when the site owner turned
-- them on: a count, no row per impression.
CREATE TABLE IF NOT EXISTS stats_impressions_by (
  dim         text   NOT NULL,
  day         date   NOT NULL,            -- UTC day the receiver counted it
  origin      text   NOT NULL,
  value       text   NOT NULL,
  impressions bigint NOT NULL,
  PRIMARY KEY (dim, day, origin, value)
);
