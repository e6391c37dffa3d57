import type { CategoryId, ConsentMethod } from './types.js';

/** The format of the stored record; a record of another format is not a decision. */
export const RECORD_FORMAT = 1;

/** What the consent cookie holds (as JSON). Short keys keep the cookie small. */
export interface ConsentRecord {
  /** Format version. */
  v: number;
  /** Config revision the decision was made under. */
  rev: number;
  /** Consent id. */
  id: string;
  /** Decision time, ISO 8601. */
  at: string;
  /** Method. */
  m: ConsentMethod;
  /** Every non-required category's decision. */
  c: Record<CategoryId, boolean>;
}

const METHODS: readonly string[] = ['accept-all', 'reject-all', 'custom', 'gpc'];
const ID = /^[\w-]{8,64}$/;
const KEY = /^[a-z][\w-]{0,39}$/i;

export const encodeRecord = (record: ConsentRecord): string => JSON.stringify(record);

/** Parses a stored record; anything that is not exactly the expected shape gives null. Never throws. */
export function decodeRecord(raw: string | undefined): ConsentRecord | null {
  if (!raw || raw.length > 4000) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { v, rev, id, at, m, c } = value as Partial<ConsentRecord>;
  if (v !== RECORD_FORMAT || !Number.isInteger(rev) || (rev as number) < 0) return null;
  if (typeof id !== 'string' || !ID.test(id) || typeof m !== 'string' || !METHODS.includes(m)) return null;
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return null;
  if (typeof c !== 'object' || c === null || Array.isArray(c)) return null;
  const choices: Record<CategoryId, boolean> = {};
  for (const [key, granted] of Object.entries(c)) {
    if (!KEY.test(key) || typeof granted !== 'boolean') return null;
    choices[key] = granted;
  }
  return { v, rev: rev as number, id, at, m: m as ConsentMethod, c: choices };
}

/** Tolerated clock skew for a decision time in the future (a tampered or badly clocked record). */
const FUTURE_SKEW_MS = 5 * 60_000;

/** A record is a valid decision only under the current revision and within its lifetime. */
export function isCurrentRecord(record: ConsentRecord, revision: number, lifetimeDays: number, now: number): boolean {
  const at = Date.parse(record.at);
  return record.rev >= revision && at <= now + FUTURE_SKEW_MS && now - at <= lifetimeDays * 86_400_000;
}
