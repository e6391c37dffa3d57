import { isolated } from '../util/log.js';
import type { ConsentChange } from '../types.js';

export interface PageCallbacks {
  add(callback: (change: ConsentChange) => void): () => void;
  /** Subscriber: calls each callback with its own copy of the change; one that throws does not stop the next. */
  notify(change: ConsentChange): void;
}

export function createPageCallbacks(): PageCallbacks {
  const callbacks = new Set<(change: ConsentChange) => void>();
  return {
    add(callback) {
      callbacks.add(callback);
      return () => void callbacks.delete(callback);
    },
    notify(change) {
      for (const callback of callbacks) isolated('an onChange callback', () => callback(structuredClone(change)));
    },
  };
}
