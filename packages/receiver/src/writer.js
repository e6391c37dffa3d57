// Group commit: receipts posted at the same time are appended in one transaction, and each
// request is answered only once that transaction has committed. One transaction at a time per
// receiver keeps every origin's chain in order; under load the batches simply grow.
import { appendBatch, classify } from './store.js';

/** @typedef {import('./store.js').Item} Item @typedef {import('./store.js').Outcome} Outcome */

/** What a receipt whose request gave up before its batch started is rejected with. */
export class Abandoned extends Error {
  constructor() { super('the request stopped waiting before its receipt was written'); }
}

/** @param {import('./storage/db.js').Db} db @param {{ maxBatch?: number, now?: () => number }} [opts] */
export function createWriter(db, { maxBatch = 256, now = Date.now } = {}) {
  /** @type {{ item: Item, deadline: number, resolve: (o: Outcome) => void, reject: (e: unknown) => void }[]} */
  let queue = [];
  /** @type {Promise<void> | null} */
  let running = null;
  /** When a batch last committed (epoch ms), for the statistics' roll-up. */
  let lastCommit = 0;

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

  /**
   * Commits a batch; when the database refuses a value in it, halves it until the refused
   * receipt is alone, so that one bad receipt costs a few transactions, not one per receipt.
   * @param {typeof queue} batch
   */
  async function commitSplitting(batch) {
    try {
      const outcomes = await commit(batch.map((b) => b.item));
      lastCommit = now();
      batch.forEach((b, i) => b.resolve(outcomes[i]));
    } catch (err) {
      if (classify(err) === 'data' && batch.length > 1) {
        const half = Math.ceil(batch.length / 2);
        await commitSplitting(batch.slice(0, half));
        await commitSplitting(batch.slice(half));
      } else {
        for (const b of batch) b.reject(err);
      }
    }
  }

  async function run() {
    while (queue.length) {
      const t = now();
      const batch = [];
      for (const b of queue.splice(0, maxBatch)) {
        if (b.deadline <= t) b.reject(new Abandoned()); else batch.push(b);
      }
      if (batch.length) await commitSplitting(batch);
    }
    running = null;
  }

  return {
    /**
     * @param {Item} item @param {number} [deadline] epoch ms after which it is no longer written
     * @returns {Promise<Outcome>} resolved after the commit
     */
    submit(item, deadline = Infinity) {
      return new Promise((resolve, reject) => {
        queue.push({ item, deadline, resolve, reject });
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
    /** Whether a batch committed at or after this time (epoch ms). @param {number} t */
    committedSince: (t) => lastCommit >= t,
  };
}
