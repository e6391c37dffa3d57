// Real HTTP servers for the end-to-end tests and the benchmark: the site (static files from the project,
// plus pages registered by a test) and a "third party" on another port that records every request.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

/**
 * The site under test. `page(html, headers)` registers a page and returns its URL (`<!--pause-->` in the HTML holds
 * the rest back for 400 ms); every request is recorded.
 * Files are served from `root` (the project), gzip-encoded when the browser asks and `gzip` is on.
 */
export async function startSite({ root, gzip = false }) {
  const pages = new Map();
  const requests = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    requests.push({ method: req.method, path: url.pathname, url: req.url, cookie: req.headers.cookie, contentType: req.headers['content-type'] });
    // The consent log (and its /impressions): 204, or the status that `site.logStatus` is set to (a receiver that is down).
    if (url.pathname.startsWith('/consent-log') && req.method === 'POST') {
      let body = '';
      const record = requests[requests.length - 1];
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        record.body = body;
        record.status = site.logStatus ?? 204;
        res.writeHead(record.status).end();
      });
      return;
    }
    const page = pages.get(url.pathname);
    if (page) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store', ...page.headers });
      // `<!--pause-->` in a page: the rest is sent 400 ms later, so the browser parses the first part on its own.
      const [first, ...rest] = page.html.split('<!--pause-->');
      res.write(first);
      setTimeout(() => res.end(rest.join('')), rest.length ? 400 : 0);
      return;
    }
    // dist/ copied elsewhere on a site: /elsewhere/static/* serves the same files from another path.
    const pathname = url.pathname.replace(/^\/elsewhere\/static\//, '/dist/');
    let file = normalize(join(root, decodeURIComponent(pathname)));
    // A folder serves its index.html, as most static servers do (/ and /demo/).
    if (file.startsWith(root) && pathname.endsWith('/') && existsSync(join(file, 'index.html'))) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    if (gzip && /gzip/.test(req.headers['accept-encoding'] ?? '') && /\.(js|css|html|json|svg)$/.test(file)) {
      const body = gzipSync(readFileSync(file), { level: 9 });
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length }).end(body);
      return;
    }
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  const port = await listen(server);
  const origin = `http://127.0.0.1:${port}`;
  let count = 0;
  const site = {
    origin,
    requests,
    /** @type {number | undefined} The status the consent log answers with (default 204). */
    logStatus: undefined,
    page(html, headers = {}, name = `page-${++count}.html`) {
      const path = `/pages/${name}`;
      pages.set(path, { html, headers });
      return origin + path;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
  return site;
}

/**
 * A third party on its own origin. `/script/<name>.js` records its execution in `window.__ran` (and sets a
 * cookie `tp_<name>` on the page), `/frame/<name>` is a small HTML page that sets a third-party cookie,
 * `/img/<name>.svg` an image. Every request is recorded in `requests`.
 */
export async function startThirdParty() {
  const requests = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    requests.push(url.pathname);
    const [, kind, file = ''] = url.pathname.split('/');
    const name = file.replace(/\.\w+$/, '');
    const delay = Number(url.searchParams.get('delay') ?? 0);
    const send = (type, body, headers = {}) =>
      setTimeout(() => res.writeHead(200, { 'content-type': type, 'access-control-allow-origin': '*', ...headers }).end(body), delay);
    if (kind === 'script') {
      send(TYPES['.js'], `(window.__ran = window.__ran || []).push(${JSON.stringify(name)}); document.cookie = "tp_${name}=1; path=/";`);
    } else if (kind === 'module') {
      send(TYPES['.js'], `(window.__ran = window.__ran || []).push(${JSON.stringify(name)}); export {};`);
    } else if (kind === 'frame') {
      send(TYPES['.html'], `<!doctype html><title>${name}</title><p>${name}</p>`, { 'set-cookie': `frame_${name}=1; Path=/` });
    } else if (kind === 'img') {
      send(TYPES['.svg'], '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    } else {
      res.writeHead(404).end();
    }
  });
  const port = await listen(server);
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
