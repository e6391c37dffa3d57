/**
 * A `bandeau-audit --json` report (docs/audit-report.schema.json): the services it observed (requests and cookies
 * its presets recognise) become the config's services, under their categories; cookies the Open Cookie Database
 * knows but no preset covers become a custom service of their platform, with their duration and purpose; cookies and
 * keys nothing knows are listed for the site owner to place. The site's own settings, when the audit found a config
 * block, are kept.
 */
import { Draft } from './draft.js';
import { presetFor } from './presets-match.js';

type Obj = Record<string, any>;
const KEEP = ['revision', 'language', 'fallbackLanguage', 'privacyPolicyUrl', 'cookie', 'texts', 'reloadOnRevoke', 'continueWithoutAccepting', 'floatingButton', 'consentLog', 'gpc', 'googleConsentMode', 'theme', 'layout'];

export function fromAudit(report: Obj): Draft {
  const draft = new Draft();
  const site = report.draftConfig && typeof report.draftConfig === 'object' ? report.draftConfig : {};
  for (const key of KEEP) if (site[key] !== undefined) draft.config[key] = site[key];
  draft.category('necessary');
  const unknown = new Set<string>();
  for (const phase of Array.isArray(report.phases) ? report.phases : []) {
    for (const request of phase.requests ?? []) {
      const preset = request.known?.preset && presetFor(request.known.preset);
      if (preset) draft.service(draft.category(request.known.category ?? 'other'), preset, { preset });
    }
    const items = [...(phase.cookies ?? []).map((c: Obj) => ({ ...c, type: 'cookie' })), ...(phase.storage ?? []).filter((s: Obj) => s.type !== 'indexedDB')];
    for (const item of items) {
      // The widget's own cookie is declared by the widget.
      if (String(item.declared?.source ?? '').startsWith('the widget')) continue;
      const known = item.known;
      // The banner being replaced: its consent key goes with it.
      if (known?.banner) {
        const key = `${item.type === 'cookie' ? 'cookie' : item.type} ${item.name}`;
        if (!unknown.has(key)) {
          unknown.add(key);
          draft.note(key, 'other-banner', known.banner);
        }
        continue;
      }
      const preset = known && presetFor(known.platform);
      if (preset) {
        draft.service(draft.category(known.category ?? 'other'), preset, { preset });
        continue;
      }
      // Declared by the site's config but known to no database: it stays in the category the site chose.
      if (!known && item.type === 'cookie' && item.declared?.category) {
        draft.cookie(draft.category(item.declared.category), item.name);
        continue;
      }
      if (!known) {
        const key = `${item.type === 'cookie' ? 'cookie' : item.type} ${item.name}`;
        if (!unknown.has(key)) {
          unknown.add(key);
          draft.note(key, 'unknown-cookie', item.type === 'cookie' ? `${item.domain}, ${item.duration}` : item.origin);
        }
        continue;
      }
      const category = draft.category(known.category ?? 'other');
      const id = draft.service(category, known.platform, { label: known.platform, provider: known.controller || undefined, privacyPolicyUrl: /^https?:\/\//.test(known.privacyUrl) ? known.privacyUrl : undefined });
      const service = draft.config.categories[category].services[id];
      const prefix = typeof known.matched === 'string' && known.matched.endsWith('*');
      const entry: Obj = {
        name: prefix ? known.matched.slice(0, -1) : item.name,
        duration: item.type === 'cookie' ? item.duration || 'session' : item.type === 'localStorage' ? 'persistent' : 'session',
        purpose: known.purpose || known.platform,
      };
      if (prefix) entry.prefix = true;
      if (item.type !== 'cookie') entry.type = item.type;
      if (item.type === 'cookie' && item.firstParty === false && /^\.?[a-z\d.-]+$/i.test(item.domain)) entry.domain = item.domain;
      service.cookies ??= [];
      if (!service.cookies.some((c: Obj) => c.name === entry.name && (c.type ?? 'cookie') === (entry.type ?? 'cookie'))) service.cookies.push(entry);
    }
  }
  draft.finishCategories();
  return draft;
}

export const isAuditReport = (value: Obj): boolean => value.tool === 'bandeau-audit' && Array.isArray(value.phases);
