import type { ConsentChange } from '../types.js';
import { CHANGE_EVENT, emit } from './events.js';

/** Subscriber: every recorded change becomes a `cookie-consent:change` event on document (each listener isolated by the browser). */
export const emitChange = (change: ConsentChange): void => void emit(CHANGE_EVENT, change);
