/**
 * Vue bindings (`bandeau/vue`): a composable that follows the running widget, template typings for its elements,
 * and the test Vue's compiler needs to leave them to the browser. Vue is an optional peer dependency.
 */
import { type DefineComponent, getCurrentScope, onScopeDispose, readonly, type Ref, shallowRef } from 'vue';
import type { CategoryId } from '../core/types.js';
import { ELEMENT_NAMES, type ElementProps } from './elements.js';
import { followConsent, isGranted } from './consent-source.js';

/** A readonly ref: true while `id` (a category) is granted; false on the server and before the widget runs. */
export function useConsent(id: CategoryId): Readonly<Ref<boolean>> {
  const granted = shallowRef(isGranted(id));
  const stop = followConsent(() => (granted.value = isGranted(id)));
  if (getCurrentScope()) onScopeDispose(stop);
  return readonly(granted);
}

/** For vite.config: `vue({ template: { compilerOptions: { isCustomElement } } })`. */
export const isCustomElement = (tag: string): boolean => (ELEMENT_NAMES as readonly string[]).includes(tag);

/** `heading-level` -> `headingLevel`: Vue's templates check attributes against camel-cased props (either spelling works). */
type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
type Camelized<P> = { [K in keyof P as K extends string ? Camel<K> : K]: P[K] };
/** Every element of custom-elements.json with its attributes (src/bindings/elements.ts is generated from it). */
type Elements = { [Tag in keyof ElementProps]: DefineComponent<Camelized<ElementProps[Tag]>> };

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends Elements {}
}

export type { ConsentChange, ConsentState, CookieConsentApi } from '../core/types.js';
