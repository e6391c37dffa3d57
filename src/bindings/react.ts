'use client';
/**
 * React bindings (`bandeau/react`): hooks that follow the running widget, and JSX typings for its elements.
 * React is an optional peer dependency; nothing here starts the widget (call configure() or use the script tag).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import { useSyncExternalStore } from 'react';
import type { CategoryId, ConsentState } from '../core/types.js';
import type { ElementProps } from './elements.js';
import { currentState, followConsent, isGranted, UNDECIDED } from './consent-source.js';

const serverFalse = (): boolean => false;
const serverState = (): ConsentState => UNDECIDED;

/** True while `id` (a category) is granted; false on the server and before the widget runs. Re-renders on change. */
export function useConsent(id: CategoryId): boolean {
  return useSyncExternalStore(followConsent, () => isGranted(id), serverFalse);
}

/** The consent state; undecided on the server and before the widget runs. Re-renders on change. */
export function useConsentState(): ConsentState {
  return useSyncExternalStore(followConsent, currentState, serverState);
}

type ElementAttributes<P, E extends HTMLElement = HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E> & P;
/** Every element of custom-elements.json with its attributes (src/bindings/elements.ts is generated from it). */
type Elements = { [Tag in keyof ElementProps]: ElementAttributes<ElementProps[Tag], HTMLElementTagNameMap[Tag]> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends Elements {}
  }
}

export type { ConsentChange, ConsentState, CookieConsentApi } from '../core/types.js';
