import { CATEGORY_ID } from 'bandeau-catalog/config/schema';
import type { CategoryId, ConsentMethod, RegimeId, ServiceId } from '../types.js';

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
  /** Every non-required service's decision; absent in records made before services (each then takes its category's). */
  s?: Record<ServiceId, boolean>;
  /** With `regimes` (issue 21): the regime and the region the decision was made under. */
  g?: RegimeId;
  r?: string | null;
}

const METHODS: readonly unknown[] = ['accept-all', 'reject-all', 'custom', 'gpc'];
const ID = /^[\w-]{8,64}$/;

/** A plain object of valid ids to booleans. */
const choices = (value: unknown): value is Record<string, boolean> =>
  Object.getPrototypeOf(value) === Object.prototype &&
  Object.entries(value as object).every(([key, granted]) => CATEGORY_ID.test(key) && typeof granted === 'boolean');

export const encodeRecord = (record: ConsentRecord): string => JSON.stringify(record);

/**
 * Parses a stored record; anything that is not exactly the expected shape gives null. Never throws. `more`: methods
 * only some pages know (a regime's `notice` and `opt-out`, issue 21).
 */
export function decodeRecord(raw: string | undefined, more?: readonly unknown[]): ConsentRecord | null {
  try {
    const { v, rev, id, at, m, c, s } = JSON.parse(raw!.length < 4000 ? raw! : '');
    if (
      v === RECORD_FORMAT && Number.isInteger(rev) && rev >= 0 &&
      typeof id === 'string' && ID.test(id) && (METHODS.includes(m) || more?.includes(m)) &&
      typeof at === 'string' && !Number.isNaN(Date.parse(at)) &&
      choices(c) && (s === undefined || choices(s))
    ) {
      return { v, rev, id, at, m, c: { ...c }, ...(s && { s: { ...s } }) };
    }
  } catch {
    // Not JSON, null, or no cookie at all.
  }
  return null;
}

/** Tolerated clock skew for a decision time in the future (a tampered or badly clocked record). */
const FUTURE_SKEW_MS = 5 * 60_000;

/** A record is a valid decision only under the current revision and within its lifetime. */
export function isCurrentRecord(record: ConsentRecord, revision: number, lifetimeDays: number, now: number): boolean {
  const at = Date.parse(record.at);
  return record.rev >= revision && at <= now + FUTURE_SKEW_MS && now - at <= lifetimeDays * 86_400_000;
}
