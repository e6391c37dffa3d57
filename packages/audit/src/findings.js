// Findings: what is not strictly necessary before consent or after a refusal, and what is stored after acceptance
// without being declared in the config (errors), or with another lifetime or type than declared (warnings). Notices:
// declared cookies never seen, missing consent controls, pages that timed out or failed.
import { declarationsOfName, declaredCookies } from './declared-cookies.js';
import { declaredLifetime, describeLifetime, lifetimesDiffer, observedLifetime } from './lifetime.js';
import { knownOf, recognizeHost } from './recognize.js';
import { declarationOf } from './site-config.js';

/**
 * Adds recognition and declaration to each cookie, key and request of each phase (in place).
 * @param {import('./crawl.js').PhaseResult[]} phases
 * @param {ReturnType<typeof import('./site-config.js').declarations>} declared
 */
export function annotate(phases, declared) {
  for (const phase of phases) {
    for (const cookie of phase.cookies) describe(cookie, cookie.name, 'cookie', declared);
    for (const item of phase.storage) describe(item, item.name, item.type, declared);
    for (const request of phase.requests) request.known = recognizeHost(request.host);
  }
}

function describe(item, name, type, declared) {
  item.known = knownOf(name, type);
  // A banner's own consent cookie is declared by the banner itself, as the widget's is by the widget.
  item.declared = declarationOf(declared, name, type) ?? (item.known?.banner ? { category: 'necessary', required: true, source: `the banner’s consent cookie (${item.known.banner})` } : null);
  item.necessary = Boolean(item.declared?.required || (!item.declared && item.known?.category === 'necessary'));
}

/**
 * How an item stored after acceptance contradicts its declaration (type or lifetime), or null. Its most specific
 * declarations count (its exact name before a prefix); among them, one of its type whose lifetime agrees, or one
 * without a readable duration, is enough.
 * @param {{ name: string, type: string, lifetimeS?: number | null }} item
 * @param {import('./declared-cookies.js').DeclaredCookie[]} declared
 */
export function mismatchOf(item, declared) {
  if (item.type === 'indexedDB') return null;
  const named = declarationsOfName(declared, item.name);
  if (!named.length) return null;
  const observed = observedLifetime(item);
  const observedSide = { type: item.type, lifetime: describeLifetime(observed), seconds: observed?.kind === 'fixed' ? observed.seconds : null };
  const declaredSide = (d) => ({ type: d.type, duration: durationText(d.duration), lifetime: describeLifetime(declaredLifetime(d.duration)), source: d.source });
  const sameType = named.filter((d) => d.type === null || d.type === item.type);
  if (!sameType.length) return { reason: 'type-mismatch', category: named[0].category, declared: declaredSide(named[0]), observed: observedSide };
  // A declaration without a (readable) duration declares no lifetime to hold it to.
  const readable = sameType.filter((d) => declaredLifetime(d.duration));
  if (readable.length < sameType.length || readable.some((d) => !lifetimesDiffer(declaredLifetime(d.duration), observed))) return null;
  return { reason: 'duration-mismatch', category: readable[0].category, declared: declaredSide(readable[0]), observed: observedSide };
}

/** A declared duration as the report shows it: its English text when it has one. */
function durationText(duration) {
  if (typeof duration === 'string') return duration;
  if (duration && typeof duration === 'object') return String(duration.en ?? Object.values(duration).find((v) => typeof v === 'string') ?? JSON.stringify(duration));
  return duration === undefined ? '' : JSON.stringify(duration);
}

/**
 * @param {import('./crawl.js').PhaseResult[]} phases annotated
 * @param {ReturnType<typeof import('./site-config.js').declarations>} declared
 * @param {{ widgetSeen: boolean, configs?: any[] }} site
 */
export function findings(phases, declared, site) {
  const out = [];
  const notices = [];
  const typed = declaredCookies(site.configs ?? []);
  const add = (finding) => {
    const same = out.find((f) => f.phase === finding.phase && f.kind === finding.kind && f.name === finding.name && f.reason === finding.reason);
    if (same) {
      if (finding.page && !same.pages.includes(finding.page)) same.pages.push(finding.page);
    } else out.push({ level: 'error', ...finding, pages: finding.page ? [finding.page] : [] });
  };
  for (const phase of phases) {
    const stored = [...phase.cookies.map((c) => ({ ...c, kind: 'cookie' })), ...phase.storage.map((s) => ({ ...s, kind: s.type }))];
    if (phase.id !== 'after-acceptance') {
      for (const item of stored) {
        if (item.necessary) continue;
        add({
          phase: phase.id,
          reason: 'not-strictly-necessary',
          kind: item.kind,
          name: item.name,
          where: item.kind === 'cookie' ? item.domain : item.origin,
          page: item.page,
          category: item.declared?.category ?? item.known?.category ?? null,
          platform: item.known?.platform ?? null,
        });
      }
      for (const request of phase.requests) {
        add({ phase: phase.id, reason: 'request-to-other-origin', kind: 'request', name: request.host, where: request.type, page: request.page, category: request.known?.category ?? null, platform: request.known?.preset ?? null });
      }
      if (phase.decision && phase.control && !phase.control.via) notices.push({ kind: 'no-control', phase: phase.id, message: `${phase.id}: no ${phase.decision === 'reject' ? 'refusal' : 'acceptance'} control found` });
    } else {
      for (const item of stored) {
        const mismatch = mismatchOf({ ...item, type: item.kind }, typed);
        if (mismatch) {
          add({ level: 'warning', phase: phase.id, reason: mismatch.reason, kind: item.kind, name: item.name, where: item.kind === 'cookie' ? item.domain : item.origin, page: item.page,
            category: item.declared?.category ?? mismatch.category ?? item.known?.category ?? null, platform: item.known?.platform ?? null, declared: mismatch.declared, observed: mismatch.observed });
          continue; // declared, though as something else: the warning says so
        }
        if (item.declared) continue;
        add({
          phase: phase.id,
          reason: 'undeclared',
          kind: item.kind,
          name: item.name,
          where: item.kind === 'cookie' ? item.domain : item.origin,
          page: item.page,
          category: item.known?.category ?? null,
          platform: item.known?.platform ?? null,
        });
      }
      if (phase.control && !phase.control.via) notices.push({ kind: 'no-control', phase: phase.id, message: `${phase.id}: no acceptance control found` });
    }
    for (const visit of phase.pages) {
      if (visit.timedOut) notices.push({ kind: 'timeout', phase: phase.id, page: visit.url, message: `${phase.id}: ${visit.url} did not finish loading in time` });
      else if (visit.error) notices.push({ kind: 'page-error', phase: phase.id, page: visit.url, message: `${phase.id}: ${visit.url}: ${visit.error}` });
      else if (visit.status >= 400) notices.push({ kind: 'http-status', phase: phase.id, page: visit.url, message: `${phase.id}: ${visit.url} answered ${visit.status}` });
    }
  }
  // Declared cookies (explicit names and patterns of the config) never seen after acceptance, nor in any phase.
  const seen = phases.flatMap((phase) => [...phase.cookies.map((c) => [c.name, 'cookie']), ...phase.storage.map((s) => [s.name, s.type])]);
  // A name held as another type than declared was seen: its type-mismatch warning says how.
  const mistyped = new Set(out.filter((f) => f.reason === 'type-mismatch').map((f) => f.name));
  for (const rule of declared.rules.filter((r) => r.explicit)) {
    if (!rule.regex && mistyped.has(rule.name)) continue;
    const hit = seen.some(([name, type]) => {
      if (rule.regex) return rule.regex.test(name);
      if (rule.type && rule.type !== type) return false;
      return rule.prefix ? name.startsWith(rule.name) : name === rule.name;
    });
    if (!hit) notices.push({ kind: 'declared-not-seen', name: rule.name, source: rule.source, message: `declared but never seen: ${rule.name} (${rule.source})` });
  }
  if (!site.widgetSeen) notices.push({ kind: 'no-widget', message: 'no bandeau widget found on the pages (no config block, no window.cookieConsent)' });
  return { findings: out, notices };
}
