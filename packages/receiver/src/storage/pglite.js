// Embedded storage: PGlite, PostgreSQL compiled to WebAssembly, its data in a folder. Same SQL as
// the server storage. PGlite runs one query at a time; its transaction() holds that turn.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/** @typedef {import('./db.js').Db} Db */

/** @param {string} dataDir @returns {Promise<Db>} */
export async function openPglite(dataDir) {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const lock = takeLock(dir);
  let pg;
  try {
    pg = await PGlite.create({ dataDir: dir });
  } catch (err) {
    lock.release();
    throw err;
  }
  /** @param {{ query: PGlite['query'] }} q */
  const wrap = (q) => ({
    /** @param {string} sql @param {unknown[]} [params] */
    query: async (sql, params = []) => /** @type {any[]} */ ((await q.query(sql, params)).rows),
  });
  return {
    kind: 'pglite',
    where: dir,
    ...wrap(pg),
    exec: async (sql) => { await pg.exec(sql); },
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))), // in-process: no time-out to lift for a long one
    close: async () => {
      if (!pg.closed) await pg.close();
      lock.release();
    },
  };
}

/**
 * One process at a time on a data folder: two PGlite instances on the same files would corrupt
 * them. The lock file is created exclusively (O_EXCL: of two processes starting at once, exactly
 * one creates it) and names the holder's pid; a lock left by a process that died is removed and
 * the exclusive creation tried again.
 * @param {string} dir
 */
function takeLock(dir) {
  const file = `${dir}/receiver.lock`;
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return { release: () => rmSync(file, { force: true }) };
    } catch (err) {
      if (/** @type {NodeJS.ErrnoException} */ (err).code !== 'EEXIST') throw err;
    }
    let holder = NaN;
    try { holder = Number(readFileSync(file, 'utf8').trim()); } catch { /* gone meanwhile: try again */ }
    // An empty file is a lock being written by a process that has just created it.
    if (attempt >= 2 || (Number.isInteger(holder) && holder > 0 && alive(holder)) || holder === 0) {
      const who = holder > 0 ? `process ${holder}` : 'another process';
      throw new Error(`${dir} is in use by ${who} (stop it, or use GET /verify on the running receiver)`);
    }
    if (Number.isInteger(holder) && holder > 0) rmSync(file, { force: true });
  }
}

/** @param {number} pid */
function alive(pid) {
  try { process.kill(pid, 0); return true; } catch (err) { return /** @type {NodeJS.ErrnoException} */ (err).code === 'EPERM'; }
}
