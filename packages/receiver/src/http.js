// Small helpers for node:http responses and request bodies.

/**
 * @param {import('node:http').ServerResponse} res @param {number} status @param {unknown} body
 * @param {Record<string, string | number>} [headers]
 */
export function sendJson(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/** A one-line reason, as JSON: `{ "error": "…" }`. */
export function sendError(/** @type {import('node:http').ServerResponse} */ res, /** @type {number} */ status, /** @type {string} */ reason, headers = {}) {
  sendJson(res, status, { error: reason.replace(/\s+/g, ' ') }, headers);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a request body of at most `max` bytes.
 * @param {import('node:http').IncomingMessage} req @param {number} max
 * @returns {Promise<{ ok: true, text: string } | { ok: false, status: number, reason: string }>}
 */
export function readBody(req, max) {
  const declared = Number(req.headers['content-length']);
  if (declared > max) return Promise.resolve({ ok: false, status: 413, reason: `body over ${max} bytes` });
  return new Promise((resolve) => {
    /** @type {Buffer[]} */ const chunks = [];
    let size = 0;
    let done = false;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      if (done) return;
      size += chunk.length;
      if (size > max) { done = true; resolve({ ok: false, status: 413, reason: `body over ${max} bytes` }); return; }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      try {
        resolve({ ok: true, text: utf8.decode(Buffer.concat(chunks)) });
      } catch {
        resolve({ ok: false, status: 400, reason: 'body is not valid UTF-8' });
      }
    });
    req.on('error', () => { if (!done) { done = true; resolve({ ok: false, status: 400, reason: 'request body could not be read' }); } });
  });
}
