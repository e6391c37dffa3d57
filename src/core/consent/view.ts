import type { CategoryId, ConsentState, ResolvedConfig } from '../types.js';
import { type ConsentStore, snapshot, type Subscriber } from './store.js';

/** What the UI may know of the store: the state (a copy at each read) and its changes; it cannot record anything. */
export interface ConsentView {
  readonly config: ResolvedConfig;
  readonly state: ConsentState;
  readonly previous: Readonly<Record<CategoryId, boolean>> | null;
  categories(granted: (id: CategoryId) => boolean): Record<CategoryId, boolean>;
  subscribe(subscriber: Subscriber, name?: string): () => void;
}

export const readOnlyView = (store: ConsentStore): ConsentView => ({
  config: store.config,
  get state() {
    return snapshot(store.state);
  },
  get previous() {
    return store.previous && { ...store.previous };
  },
  categories: store.categories,
  subscribe: store.subscribe,
});
