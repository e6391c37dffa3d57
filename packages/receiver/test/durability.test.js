// Nothing acknowledged is lost: under load the receiver process is killed (SIGKILL) and
// restarted on the same data; every receipt it answered 2xx for must be there, once, and the
// chain must verify. With PostgreSQL, a database that stops answering gives 503 + Retry-After.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { freshStorage, spawnReceiver, receipt, post, exportAll, STORAGE, TOKEN } from './support.js';
import { startReceiver } from '../src/index.js';

test(`${STORAGE}: SIGKILL under load loses no acknowledged receipt`, async () => {
  const storage = await freshStorage();
  try {
    const first = await spawnReceiver(storage.args, storage.env);
    /** @type {Map<string, object>} */ const acked = new Map();
    let sent = 0;
    let killed = false;
    // The clients go on posting until the process is gone, so that the kill always cuts requests
    // in flight (with a batched commit, every request out at the kill may already be answered).
    let gone = false;
    first.exited.then(() => { gone = true; });
    /** @type {(v?: unknown) => void} */ let enough = () => {};
    const enoughAcked = new Promise((r) => { enough = r; });
    // 64 clients post unique receipts as fast as they are answered.
    const worker = async () => {
      while (!gone && sent < 20000) {
        const x = receipt();
        sent++;
        try {
          const res = await post(first.url, x);
          if (res.status === 201 || res.status === 200) {
            acked.set(x.consentId, x);
            // Kill at once, on an acknowledgement, while the other clients' requests are in flight.
            if (acked.size === 800) { killed = true; first.child.kill('SIGKILL'); enough(); }
          } else if (!killed) throw new Error(`unexpected ${res.status} ${res.text}`);
        } catch {
          // No answer (a cut connection, after the kill or on a machine too busy) is no
          // acknowledgement: the receipt may or may not be stored, and is not counted.
        }
      }
    };
    const workers = Array.from({ length: 64 }, worker);
    await Promise.race([enoughAcked, Promise.all(workers)]);
    await first.exited;
    await Promise.all(workers);
    assert.ok(acked.size >= 800, `only ${acked.size} acknowledged before the kill`);
    assert.ok(sent > acked.size, 'the kill came while requests were in flight');

    const second = await spawnReceiver(storage.args, storage.env);
    try {
      const all = await exportAll(second.url);
      const stored = new Map(all.map((x) => [x.receipt.consentId, x.receipt]));
      assert.equal(stored.size, all.length, 'a receipt is stored twice');
      const missing = [...acked.keys()].filter((id) => !stored.has(id));
      assert.deepEqual(missing, [], `${missing.length} acknowledged receipt(s) lost`);
      for (const [id, x] of acked) assert.deepEqual(stored.get(id), x);
      const v = await (await fetch(`${second.url}/verify`, { headers: { authorization: `Bearer ${TOKEN}` } })).json();
      assert.equal(v.ok, true, JSON.stringify(v));
      assert.equal(v.checked, all.length);
      // And it goes on taking receipts after the restart.
      assert.equal((await post(second.url, receipt())).status, 201);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  } finally {
    await storage.drop();
  }
});

/** A TCP relay to the database that the test can cut and restore. @param {string} host @param {number} port */
async function relay(host, port) {
  /** @type {Set<net.Socket>} */ const sockets = new Set();
  let up = true;
  const server = net.createServer((client) => {
    if (!up) { client.destroy(); return; }
    const upstream = net.connect(port, host);
    for (const s of [client, upstream]) { sockets.add(s); s.on('close', () => sockets.delete(s)); s.on('error', () => {}); }
    client.pipe(upstream).pipe(client);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
  return {
    port: /** @type {net.AddressInfo} */ (server.address()).port,
    cut() { up = false; for (const s of sockets) s.destroy(); },
    restore() { up = true; },
    close: () => new Promise((r) => { for (const s of sockets) s.destroy(); server.close(() => r(undefined)); }),
  };
}

test(`${STORAGE}: the database stops answering: 503 with Retry-After, no crash, and back to 201 after`, { skip: STORAGE !== 'postgres' && 'PostgreSQL only: PGlite runs inside the process' }, async () => {
  const storage = await freshStorage();
  const url = new URL(/** @type {string} */ (storage.databaseUrl));
  const r = await relay(url.hostname, Number(url.port));
  url.host = `127.0.0.1:${r.port}`;
  const receiver = await startReceiver({ origins: ['https://shop.example'], databaseUrl: url.toString(), port: 0, rateLimit: 0, purgeEveryMs: 0, token: TOKEN, log: () => {} });
  try {
    assert.equal((await post(receiver.url, receipt())).status, 201);
    r.cut();
    const down = receipt();
    const res = await post(receiver.url, down);
    assert.equal(res.status, 503, res.text);
    assert.ok(Number(res.headers.get('retry-after')) > 0);
    assert.equal((await fetch(`${receiver.url}/health`)).status, 503);
    assert.equal((await fetch(`${receiver.url}/receipts/${down.consentId}`)).status, 503);
    r.restore();
    // The pool reconnects by itself: wait for the health check rather than for a fixed time.
    for (let i = 0; i < 100 && (await fetch(`${receiver.url}/health`)).status !== 200; i++) await new Promise((z) => setTimeout(z, 50));
    assert.equal((await fetch(`${receiver.url}/health`)).status, 200);
    assert.equal((await post(receiver.url, down)).status, 201);
    const ids = (await exportAll(receiver.url)).map((x) => x.receipt.consentId);
    assert.equal(ids.filter((id) => id === down.consentId).length, 1);
  } finally {
    await receiver.close();
    await r.close();
    await storage.drop();
  }
});
