/**
 * A bandeau config being built by an import: categories in order, services under them, texts per language, and the
 * notes on what could not be carried over. Ids are made valid and unique across categories and services, as the
 * widget requires.
 */
import type { Note, NoteReason } from './notes.js';
import { PRESETS } from './presets-match.js';
import { RegexLiteral, Unreadable } from './literal.js';

export type Config = Record<string, any>;
type Text = string | Record<string, string>;

/** The built-in categories: they need no title. */
const BUILT_IN = ['necessary', 'analytics', 'social', 'ads'];
/** Titles for the preset categories that are not built in. */
const EXTRA_TITLES: Record<string, Record<string, string>> = {
  preferences: { fr: 'Préférences', en: 'Preferences' },
};
/** 13 months: the longest the widget accepts. */
export const MAX_DAYS = 395;

/** A valid id (letters, digits, "-", "_", starting with a letter, at most 40) from any name. */
export function slug(name: string): string {
  const id = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w-]+/g, '-')
    .replace(/^[^a-z]+/i, '')
    .replace(/-+$/, '')
    .slice(0, 40);
  return id || 'item';
}

/** Plain text from another banner's HTML text: tags removed, entities of the usual kind decoded, spaces collapsed. */
export function plainText(html: string): { text: string; hadHtml: boolean } {
  const hadHtml = /<[a-z!/][^>]*>/i.test(html);
  const text = html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  return { text, hadHtml };
}

/** The first href of an HTML text, when it is an http(s) or relative URL. */
export function firstLink(html: unknown): string | undefined {
  if (typeof html !== 'string') return undefined;
  for (const [, href] of html.matchAll(/href\s*=\s*["']([^"']+)["']/gi)) if (/^(https?:\/\/|\/|\.{1,2}\/)/i.test(href) && href !== '/') return href;
  return undefined;
}

export class Draft {
  readonly config: Config = {};
  readonly notes: Note[] = [];
  private readonly ids = new Set<string>();

  note(source: string, reason: NoteReason, detail?: string): void {
    this.notes.push({ source, reason, ...(detail !== undefined && { detail }) });
  }

  /** Notes every function or computed value found in a source object (they are never carried over). */
  noteCode(value: unknown, source: string): void {
    if (value instanceof Unreadable) this.note(source, 'function', value.source.length > 60 ? `${value.source.slice(0, 57)}...` : value.source);
    else if (Array.isArray(value)) value.forEach((item, i) => this.noteCode(item, `${source}[${i}]`));
    else if (value && typeof value === 'object' && !(value instanceof RegexLiteral)) for (const [key, item] of Object.entries(value)) this.noteCode(item, `${source}.${key}`);
  }

  private unique(wanted: string): string {
    let id = slug(wanted);
    for (let n = 2; this.ids.has(id); n++) id = `${slug(wanted).slice(0, 36)}-${n}`;
    this.ids.add(id);
    return id;
  }

  /** The category of this id (created in order on first use); returns its id in the config. */
  category(wanted: string, fields: { title?: Text; description?: Text; required?: boolean } = {}): string {
    this.config.categories ??= {};
    const id = slug(wanted);
    let category = this.config.categories[id];
    if (!category) {
      const given = this.unique(id);
      category = this.config.categories[given] = {};
      if (given === 'necessary') category.required = true;
      if (!BUILT_IN.includes(given) && EXTRA_TITLES[given]) category.title = EXTRA_TITLES[given];
    }
    if (fields.required !== undefined) category.required = fields.required;
    if (fields.title !== undefined && !isEmptyText(fields.title)) category.title = mergeText(category.title, fields.title);
    if (fields.description !== undefined && !isEmptyText(fields.description)) category.description = mergeText(category.description, fields.description);
    return Object.keys(this.config.categories).find((key) => this.config.categories[key] === category)!;
  }

  /** A custom category without a title gets its id as a title (the widget needs one), for the owner to rewrite. */
  finishCategories(): void {
    for (const [id, category] of Object.entries<Config>(this.config.categories ?? {})) {
      if (!BUILT_IN.includes(id) && category.title === undefined) category.title = id;
    }
  }

  /** Adds a cookie name or "/regex/" to a category's list (deleted on revocation). */
  cookie(category: string, pattern: unknown): void {
    const value = pattern instanceof RegexLiteral ? pattern.toString() : typeof pattern === 'string' && pattern.trim() ? pattern.trim() : undefined;
    if (!value) return;
    const list: string[] = (this.config.categories[category].cookies ??= []);
    if (!list.includes(value)) list.push(value);
  }

  /** Adds a service under a category: a preset when one matches, else a custom one. Returns its id. */
  service(category: string, wanted: string, service: { preset?: string; label?: Text; provider?: string; privacyPolicyUrl?: string }): string {
    const services = (this.config.categories[category].services ??= {});
    const existing = Object.entries<Config>(services).find(([, s]) => service.preset && s.preset === service.preset);
    if (existing) return existing[0];
    const id = this.unique(service.preset ?? wanted);
    const entry: Config = {};
    if (service.preset) entry.preset = service.preset;
    else if (service.label !== undefined) entry.label = service.label;
    if (service.provider) entry.provider = service.provider;
    if (service.privacyPolicyUrl) entry.privacyPolicyUrl = service.privacyPolicyUrl;
    services[id] = entry;
    return id;
  }

  /** The category our preset belongs in (created with its titles when needed). */
  presetCategory(preset: string): string {
    return this.category(PRESETS[preset]?.category ?? 'other');
  }

  /** Sets one text of one language, as plain text (HTML removed and noted). */
  text(language: string, key: string, value: unknown, source: string): void {
    if (value instanceof Unreadable) return this.note(source, 'function', value.source);
    if (typeof value !== 'string' || !value.trim()) return;
    const { text, hadHtml } = plainText(value);
    if (hadHtml) this.note(source, 'html');
    if (!text) return;
    ((this.config.texts ??= {})[language.toLowerCase()] ??= {})[key] = text;
  }

  /** The consent cookie's lifetime, shortened to the widget's maximum (noted). */
  lifetime(days: unknown, source: string): void {
    if (typeof days !== 'number' || !(days > 0)) return days === undefined ? undefined : this.note(source, 'invalid', String(days));
    if (days > MAX_DAYS) this.note(source, 'clamped', `${days} → ${MAX_DAYS}`);
    (this.config.cookie ??= {}).lifetimeDays = Math.min(days, MAX_DAYS);
  }

  /** A string setting of the consent cookie (name, domain, path). */
  cookieSetting(key: 'name' | 'domain' | 'path', value: unknown, source: string): void {
    if (value === undefined || value === '') return;
    if (typeof value !== 'string') return this.noteCode(value, source);
    (this.config.cookie ??= {})[key] = value;
  }
}

const isEmptyText = (text: Text): boolean => (typeof text === 'string' ? !text.trim() : !Object.values(text).some((v) => v.trim()));

/** Two localized texts merged (per-language objects; a plain string stays one when nothing is added). */
function mergeText(old: Text | undefined, added: Text): Text {
  if (old === undefined || typeof added === 'string') return added;
  return { ...(typeof old === 'string' ? {} : old), ...added };
}
