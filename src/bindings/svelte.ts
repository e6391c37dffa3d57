/**
 * Svelte (`bandeau/svelte`): stores that follow Svelte's store contract without depending on Svelte, and that work
 * before configure() runs and on the server. The API that configure() returns is a store too (`$consent`). Importing it
 * also types the package's elements in Svelte templates (svelte-check).
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { CategoryId, ConsentState } from '../core/types.js';
import type { ElementProps } from './elements.js';
import { currentState, followConsent, isGranted } from './consent-source.js';

export interface Readable<T> {
  subscribe(run: (value: T) => void): () => void;
}

const readable = <T>(read: () => T): Readable<T> => ({
  subscribe(run) {
    run(read());
    return followConsent(() => run(read()));
  },
});

/** The consent state: `$consentState.decided`, `$consentState.categories.social`. */
export const consentState: Readable<ConsentState> = readable(currentState);

/** True while `id` (a category) is granted: `const social = consentFor('social')`, then `{#if $social}`. */
export const consentFor = (id: CategoryId): Readable<boolean> => readable(() => isGranted(id));

/** Every element of custom-elements.json with its attributes (src/bindings/elements.ts is generated from it). */
type Elements = { [Tag in keyof ElementProps]: HTMLAttributes<HTMLElementTagNameMap[Tag]> & ElementProps[Tag] };

declare module 'svelte/elements' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SvelteHTMLElements extends Elements {}
}
