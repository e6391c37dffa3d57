import type { CookieJar } from '../core/consent/cookie-jar.js';

/** An in-memory cookie jar for component tests: records what was written and removed. */
export function fakeCookieJar(initial?: string) {
  const jar = {
    value: initial as string | undefined,
    writes: [] as string[],
    removals: 0,
    read: () => jar.value,
    write(value: string) {
      jar.value = value;
      jar.writes.push(value);
    },
    remove() {
      jar.value = undefined;
      jar.removals++;
    },
  };
  return jar satisfies CookieJar;
}
