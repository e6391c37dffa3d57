// The draft config: the content of the widget's config block, with the categories and services (presets where they
// match) that declare every cookie and key the audit saw, for the site owner to review.
import { PRESETS, presetForCookie, presetForPlatform } from 'bandeau-catalog/presets/presets';

const ORDER = ['necessary', 'analytics', 'social', 'ads', 'preferences', 'other'];
const CUSTOM = {
  preferences: {
    title: { fr: 'Préférences', en: 'Preferences' },
    description: { fr: 'Mémorisent vos choix et personnalisent le site.', en: 'Remember your choices and personalise the site.' },
  },
  other: {
    title: { fr: 'Autres traceurs', en: 'Other trackers' },
    description: { fr: 'Traceurs à identifier.', en: 'Trackers still to be identified.' },
  },
};

const slug = (text) => text.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'service';

/**
 * @param {import('./crawl.js').PhaseResult[]} phases annotated
 * @param {any[]} configs the site's configs
 */
export function draftConfig(phases, configs) {
  const base = configs.find((config) => !config.fromApi) ?? {};
  const draft = {};
  for (const [key, value] of Object.entries(base)) if (key !== 'categories') draft[key] = value;
  /** @type {Record<string, { services: Record<string, any> }>} */
  const categories = {};
  const service = (category, id, init) => {
    categories[category] ??= { services: {} };
    categories[category].services[id] ??= init();
    return categories[category].services[id];
  };
  const items = new Map();
  for (const phase of phases) {
    // The widget's consent cookie and another banner's (which the widget replaces) are not the site's to declare.
    for (const cookie of phase.cookies) if (!cookie.declared?.source?.startsWith('the widget') && !cookie.known?.banner) items.set(`cookie:${cookie.name}`, { ...cookie, type: 'cookie' });
    for (const item of phase.storage) if (item.type !== 'indexedDB' && !item.known?.banner) items.set(`${item.type}:${item.name}`, item);
    for (const request of phase.requests) if (request.known) service(request.known.category, request.known.preset, () => ({ preset: request.known.preset }));
  }
  for (const item of items.values()) {
    // The preset that lists it, else the one built from its Open Cookie Database platform.
    const preset = presetForCookie(item.name, item.type) ?? presetForPlatform(item.known?.platform);
    if (preset) {
      service(PRESETS[preset].category, preset, () => ({ preset }));
      continue;
    }
    const entry = {
      name: item.known?.matched?.endsWith('*') ? item.known.matched.slice(0, -1) : item.name,
      duration: item.type === 'cookie' ? item.duration : item.type === 'localStorage' ? 'persistent' : 'session',
      purpose: item.known?.purpose || 'To be described.',
    };
    if (item.known?.matched?.endsWith('*')) entry.prefix = true;
    if (item.type !== 'cookie') entry.type = item.type;
    if (item.type === 'cookie' && item.domain && !item.firstParty) entry.domain = item.domain;
    const category = item.declared?.category ?? item.known?.category ?? 'other';
    const target = item.known
      ? service(category, slug(item.known.platform), () => ({ label: item.known.platform, provider: item.known.controller || undefined, privacyPolicyUrl: item.known.privacyUrl || undefined, cookies: [] }))
      : service(category, 'to-review', () => ({ label: 'À identifier', cookies: [] }));
    target.cookies ??= [];
    if (!target.cookies.some((c) => c.name === entry.name && (c.type ?? 'cookie') === (entry.type ?? 'cookie'))) target.cookies.push(entry);
  }
  const ids = [...new Set([...ORDER, ...Object.keys(categories)])].filter((id) => id === 'necessary' || categories[id]);
  draft.categories = {};
  for (const id of ids) {
    const existing = base.categories?.[id] ?? {};
    const out = {};
    if (id === 'necessary') out.required = true;
    for (const key of ['title', 'description']) if (existing[key] !== undefined) out[key] = existing[key];
    if (!['necessary', 'analytics', 'social', 'ads'].includes(id) && out.title === undefined) Object.assign(out, CUSTOM[id] ?? { title: id });
    if (categories[id] && Object.keys(categories[id].services).length) out.services = JSON.parse(JSON.stringify(categories[id].services));
    draft.categories[id] = out;
  }
  return draft;
}
