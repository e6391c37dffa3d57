// The readable terminal report.

const short = (url, base) => (url && base && url.startsWith(base) ? url.slice(base.length) || '/' : url ?? '');

function describeKnown(item) {
  const parts = [];
  if (item.known?.banner) parts.push(`${item.known.banner}’s consent cookie · ${item.known.category} (${item.known.source})`);
  else if (item.known) parts.push(`${item.known.platform} · ${item.known.category}`);
  if (item.declared) parts.push(`declared in ${item.declared.source}`);
  return parts.length ? ` — ${parts.join('; ')}` : ' — unknown';
}

const WHY = {
  undeclared: 'not declared in the config',
  'request-to-other-origin': 'request to another origin',
  'not-strictly-necessary': 'not strictly necessary',
  'duration-mismatch': 'lifetime differs from its declaration',
  'type-mismatch': 'stored as another type than declared',
};

/** The banner found, in words. */
export function describeBanner(banner) {
  if (!banner) return 'none recognised';
  const how = banner.how === 'api' ? 'its API' : banner.how === 'autoconsent' ? `autoconsent rule ${banner.rule ?? banner.name}` : 'its consent cookie';
  return `${banner.name} (recognised by ${how})`;
}

/** How a phase's decision was made, in words (`open`/`close` around a found control, `missing` before its absence). */
export function describeControl(phase, open, close, missing) {
  const c = phase.control;
  if (c?.via === 'api') return `${open}through window.cookieConsent${close}`;
  if (c?.via === 'autoconsent') return `${open}through autoconsent’s rule for ${c.banner ?? c.rule}${close}`;
  if (c?.via === 'button') return `${open}button « ${c.label} »${close}`;
  return `${missing}no ${phase.decision === 'reject' ? 'refusal' : 'acceptance'} control found`;
}

/**
 * @param {any} report
 * @returns {string}
 */
export function terminalReport(report) {
  const base = new URL(report.url).origin;
  const lines = [];
  lines.push(`bandeau-audit ${report.url}: ${report.pages.length} page(s), ${(report.durationMs / 1000).toFixed(1)} s`);
  lines.push(`Banner: ${describeBanner(report.banner)}`);
  for (const [i, phase] of report.phases.entries()) {
    lines.push('');
    let control = '';
    if (phase.decision) control = describeControl(phase, ' (', ')', ' — ');
    lines.push(`Phase ${i + 1}/3 ${phase.title}${control}`);
    lines.push(`  cookies (${phase.cookies.length})`);
    for (const c of phase.cookies) {
      const flags = [c.firstParty ? 'first party' : 'third party', c.httpOnly && 'HttpOnly', c.secure && 'Secure', `SameSite=${c.sameSite}`].filter(Boolean).join(', ');
      lines.push(`    ${c.name}  ${c.domain}${c.path}  ${c.duration}  ${flags}${describeKnown(c)}  [${short(c.page, base)}]`);
    }
    lines.push(`  storage (${phase.storage.length})`);
    for (const s of phase.storage) lines.push(`    ${s.type} ${s.name}  ${s.origin}${describeKnown(s)}  [${short(s.page, base)}]`);
    lines.push(`  requests to other origins (${phase.requests.length})`);
    for (const r of phase.requests) lines.push(`    ${r.host}  ${r.type} ×${r.count}${r.known ? ` — ${r.known.preset} · ${r.known.category}` : ''}  [${short(r.page, base)}]`);
  }
  lines.push('');
  lines.push(`Findings (${report.findings.length})`);
  for (const f of report.findings) {
    const known = [f.platform, f.category].filter(Boolean).join(' / ') || 'unknown';
    lines.push(`  ${f.level === 'warning' ? '⚠' : '✗'} [${f.phase}] ${f.kind} ${f.name} (${known}): ${WHY[f.reason] ?? f.reason}, on ${f.pages.map((p) => short(p, base)).join(', ')}`);
    if (f.declared) lines.push(`      declared: ${f.declared.type}, ${f.declared.duration || '–'} (${f.declared.source}) · observed: ${f.observed.type}, ${f.observed.lifetime}`);
  }
  if (report.notices.length) {
    lines.push('');
    lines.push(`Notices (${report.notices.length})`);
    for (const n of report.notices) lines.push(`  • ${n.message}`);
  }
  lines.push('');
  lines.push(report.findings.length ? `${report.findings.length} finding(s): the site is not clean.` : 'No finding: nothing stored or sent before consent or after a refusal, and everything stored after acceptance is declared.');
  return `${lines.join('\n')}\n`;
}
