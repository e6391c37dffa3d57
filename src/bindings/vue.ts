/**
 * Vue bindings (`bandeau/vue`): a composable that follows the running widget, template typings for its elements,
 * and the test Vue's compiler needs to leave them to the browser. Vue is an optional peer dependency.
 */
import { type DefineComponent, getCurrentInstance, getCurrentScope, onMounted, onScopeDispose, readonly, type Ref, shallowRef } from 'vue';
import type { CategoryId } from '../core/types.js';
import { ELEMENT_NAMES, type ElementProps } from './elements.js';
import { followConsent, isGranted } from './consent-source.js';

/**
 * A readonly ref: true while `id` (a category) is granted; false on the server and before the widget runs. In a
 * component that Vue hydrates (server-rendered: Nuxt, Vite SSR), false until it is mounted, as the server rendered
 * it, so that hydration matches; the stored decision right after (as React's useSyncExternalStore does).
 */
export function useConsent(id: CategoryId): Readonly<Ref<boolean>> {
  // Hydrating: Vue points the component's vnode at the server's DOM before it runs setup (a fresh mount has none yet).
  // Until mounted, the ref keeps the server's value, also when the widget reports in between (Nuxt hydrates under
  // <Suspense>, so setup and the hydrating render may be tasks apart).
  const hydrating = getCurrentInstance()?.vnode.el != null;
  let live = !hydrating;
  const granted = shallowRef(live && isGranted(id));
  const update = () => void (live && (granted.value = isGranted(id)));
  const stop = followConsent(update);
  if (hydrating) onMounted(() => ((live = true), update()));
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
