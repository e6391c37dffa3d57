// The HTML report: one self-contained page (inline style, no script), every value escaped.
import { describeBanner, describeControl } from './terminal.js';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"'`]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' })[ch]);
}

const e = escapeHtml;
const table = (head, rows) =>
  rows.length
    ? `<table><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`
    : '<p class="none">None.</p>';

/** @param {any} report */
export function htmlReport(report) {
  const phases = report.phases
    .map((phase, i) => {
      const control = phase.decision ? describeControl(phase, '', '', '') : '';
      return `<section><h2>Phase ${i + 1}/3: ${e(phase.title)}</h2>${control ? `<p>${e(control)}</p>` : ''}
<h3>Cookies</h3>${table(['name', 'domain', 'path', 'duration', 'party', 'HttpOnly', 'Secure', 'SameSite', 'platform', 'category', 'purpose', 'declared', 'page'], phase.cookies.map((c) => [c.name, c.domain, c.path, c.duration, c.firstParty ? 'first' : 'third', c.httpOnly ? 'yes' : 'no', c.secure ? 'yes' : 'no', c.sameSite, c.known?.platform ?? '', c.known?.category ?? '', [c.known?.purpose, c.known?.source && `source: ${c.known.source}`].filter(Boolean).join(' — '), c.declared?.source ?? '', c.page ?? '']))}
<h3>Storage</h3>${table(['type', 'name', 'origin', 'platform', 'category', 'declared', 'page'], phase.storage.map((s) => [s.type, s.name, s.origin, s.known?.platform ?? '', s.known?.category ?? '', s.declared?.source ?? '', s.page ?? '']))}
<h3>Requests to other origins</h3>${table(['host:port', 'type', 'count', 'preset', 'category', 'page'], phase.requests.map((r) => [r.host, r.type, r.count, r.known?.preset ?? '', r.known?.category ?? '', r.page]))}
<h3>Pages</h3>${table(['page', 'status', 'time (s)', 'note'], phase.pages.map((p) => [p.url, p.status ?? '', (p.ms / 1000).toFixed(1), p.timedOut ? 'timed out' : p.error ?? '']))}</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cookie audit: ${e(report.url)}</title>
<style>body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:75rem;padding:0 1rem;color:#1a1a1a}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:13px}th,td{border:1px solid #ccc;padding:.25rem .4rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#f2f2f2}.bad{color:#a00}.ok{color:#060}.none{color:#666}</style></head>
<body><h1>Cookie audit</h1>
<p><strong>${e(report.url)}</strong>, ${e(report.pages.length)} page(s), ${e(report.finishedAt)}.</p>
<p class="${report.findings.length ? 'bad' : 'ok'}">${report.findings.length ? `${e(report.findings.length)} finding(s): the site is not clean.` : 'No finding.'}</p>
<p>Banner: ${e(describeBanner(report.banner))}.</p>
<h2>Findings</h2>${table(['level', 'phase', 'kind', 'name', 'why', 'platform', 'category', 'pages'], report.findings.map((f) => [f.level, f.phase, f.kind, f.name, f.reason, f.platform ?? '', f.category ?? '', f.pages.join(' ')]))}
<h2>Declared and observed</h2>${table(['name', 'why', 'declared type', 'declared duration', 'observed type', 'observed lifetime', 'declared in'], report.findings.filter((f) => f.declared).map((f) => [f.name, f.reason, f.declared.type, f.declared.duration || '–', f.observed.type, f.observed.lifetime, f.declared.source]))}
<h2>Notices</h2>${report.notices.length ? `<ul>${report.notices.map((n) => `<li>${e(n.message)}</li>`).join('')}</ul>` : '<p class="none">None.</p>'}
${phases}
<footer><p>Made by bandeau-audit. Cookie recognition: Open Cookie Database (Apache-2.0).</p></footer></body></html>
`;
}
