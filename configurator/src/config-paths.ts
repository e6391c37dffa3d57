/**
 * Reading and writing a config by field path (["categories", "ads", "title", "fr"]), as the form edits it. An
 * emptied field is removed, and so is a container it leaves empty (a category or a service stays: `{}` means
 * "this category, with its defaults").
 */
export type Config = Record<string, any>;
export type Path = Array<string | number>;

export const get = (config: Config, path: Path): any => path.reduce<any>((value, key) => (value == null ? undefined : value[key]), config);

/** True for the config's entries that mean something even when empty: a category, a service. */
const keepsWhenEmpty = (path: Path): boolean => (path[0] === 'categories' && path.length === 2) || (path[0] === 'categories' && path[2] === 'services' && path.length === 4);

export function set(config: Config, path: Path, value: unknown): void {
  const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  let target: any = config;
  for (const [i, key] of path.slice(0, -1).entries()) {
    if (target[key] == null || typeof target[key] !== 'object') {
      if (empty) return;
      target[key] = typeof path[i + 1] === 'number' ? [] : {};
    }
    target = target[key];
  }
  const last = path[path.length - 1];
  if (!empty) {
    target[last] = value;
    return;
  }
  if (Array.isArray(target) && typeof last === 'number') target.splice(last, 1);
  else delete target[last];
  // Remove the containers this leaves empty, innermost first.
  for (let depth = path.length - 1; depth > 0; depth--) {
    const container = get(config, path.slice(0, depth));
    const isEmpty = container && typeof container === 'object' && (Array.isArray(container) ? container.length === 0 : Object.keys(container).length === 0);
    if (!isEmpty || keepsWhenEmpty(path.slice(0, depth))) break;
    set(config, path.slice(0, depth), undefined);
    break;
  }
}

/** "categories.ads.cookies[0]" → ["categories", "ads", "cookies", 0] */
export const parsePath = (text: string): Path =>
  text
    .split(/\.|(?=\[)/)
    .filter(Boolean)
    .map((part) => (/^\[\d+\]$/.test(part) ? Number(part.slice(1, -1)) : part));

export const formatPath = (path: Path): string => path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i ? `.${key}` : key)).join('');

/** The categories' entries with their keys renamed or reordered, in a new object (key order is display order). */
export function reorder(object: Config, keys: string[], rename: Record<string, string> = {}): Config {
  return Object.fromEntries(keys.map((key) => [rename[key] ?? key, object[key]]));
}
