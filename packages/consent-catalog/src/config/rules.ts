import { isObject } from './schema.js';

/** A config problem, as found by the reader: field path, kind, and the bad value. Messages are made lazily. */
export type Problem = [path: string, kind: ProblemKind, value?: unknown];
export type ProblemKind = 'invalid' | 'key' | 'unknown' | 'clamped' | 'untitled' | 'json' | 'duplicate';
export type Report = (path: string, kind: ProblemKind, value?: unknown) => void;

/** Returns the sanitised value, or undefined when the value is unusable (the caller reports it). */
export type Rule<T = unknown> = (value: unknown, path: string, report: Report) => T | undefined;

export const bool: Rule<boolean> = (value) => (typeof value === 'boolean' ? value : undefined);

export const oneOf =
  <T extends string>(...values: T[]): Rule<T> =>
  (value) =>
    values.includes(value as T) ? (value as T) : undefined;

export const matching =
  (pattern: RegExp): Rule<string> =>
  (value) =>
    typeof value === 'string' && pattern.test(value) ? value : undefined;

/** Applies `rule` to one entry, reporting and dropping it when invalid. */
function entry<T>(rule: Rule<T>, value: unknown, path: string, report: Report): T | undefined {
  const result = rule(value, path, report);
  if (result === undefined) report(path, 'invalid', value);
  return result;
}

/** An array whose invalid items are reported and dropped. */
export const list =
  <T>(item: Rule<T>): Rule<T[]> =>
  (value, path, report) =>
    Array.isArray(value)
      ? (value.map((v, i) => entry(item, v, `${path}[${i}]`, report)).filter((v) => v !== undefined) as T[])
      : undefined;

/** An object with these keys; unknown keys are reported, invalid values reported and dropped, undefined ones skipped. */
export const shape =
  (rules: Record<string, Rule>): Rule<Record<string, any>> =>
  (value, path, report) => {
    if (!isObject(value)) return undefined;
    const result: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const at = path ? `${path}.${key}` : key;
      // An undefined value (an object config) is an absent one.
      if (value[key] === undefined) continue;
      if (!Object.prototype.hasOwnProperty.call(rules, key)) report(at, 'unknown');
      else {
        const v = entry(rules[key], value[key], at, report);
        if (v !== undefined) result[key] = v;
      }
    }
    return result;
  };

/** An object keyed by names matching `key`, each value checked by `rule`. */
export const record =
  <T>(key: RegExp, rule: Rule<T>): Rule<Record<string, T>> =>
  (value, path, report) => {
    if (!isObject(value)) return undefined;
    const result: Record<string, T> = {};
    for (const name of Object.keys(value)) {
      const at = `${path}.${name}`;
      if (value[name] === undefined) continue;
      if (!key.test(name)) report(at, 'key', name);
      else {
        const v = entry(rule, value[name], at, report);
        if (v !== undefined) result[name] = v;
      }
    }
    return result;
  };
