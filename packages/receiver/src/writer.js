// Group commit: receipts posted at the same time are appended in one transaction, and each
// request is answered only once that transaction has committed. One transaction at a time per
// receiver keeps every origin's chain in order; under load the batches simply grow.
import { appendBatch, classify } from './store.js';

/** @typedef {import('./store.js').Item} Item @typedef {import('./store.js').Outcome} Outcome */

/** @param {import('./storage/db.js').Db} db @param {{ maxBatch?: number }} [opts] */
export function createWriter(db, { maxBatch = 256 } = {}) {
  /** @type {{ item: Item, resolve: (o: Outcome) => void, reject: (e: unknown) => void }[]} */
  let queue = [];
  /** @type {Promise<void> | null} */
  let running = null;

  /** @param {Item[]} items */
  async function commit(items) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await db.transaction((tx) => appendBatch(tx, items));
      } catch (err) {
        const kind = classify(err);
        // Another receiver on the same server stored one of these keys, or a deadlock: the next
        // attempt sees the committed state.
        if ((kind === 'conflict' || kind === 'retry') && attempt < 4) continue;
        throw err;
      }
    }
  }

  async function run() {
    while (queue.length) {
      const batch = queue.splice(0, maxBatch);
      try {
        const outcomes = await commit(batch.map((b) => b.item));
        batch.forEach((b, i) => b.resolve(outcomes[i]));
      } catch (err) {
        if (classify(err) === 'data' && batch.length > 1) {
          // One value the database refuses must not fail the others: one transaction each.
          for (const b of batch) {
            try { b.resolve((await commit([b.item]))[0]); } catch (e) { b.reject(e); }
          }
        } else {
          for (const b of batch) b.reject(err);
        }
      }
    }
    running = null;
  }

  return {
    /** @param {Item} item @returns {Promise<Outcome>} resolved after the commit */
    submit(item) {
      return new Promise((resolve, reject) => {
        queue.push({ item, resolve, reject });
        // Start after the requests that arrived with this one have been read, so that they
        // join the same transaction.
        running ??= new Promise((r) => setImmediate(r)).then(run);
      });
    },
    /** Resolves when everything submitted so far is committed or has failed. */
    async drain() {
      while (running) await running;
    },
    get pending() { return queue.length; },
  };
}
