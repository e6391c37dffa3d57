/**
 * One entry for every import, used by the configurator page and by `npx bandeau migrate`: it recognises what the
 * text is (a bandeau-audit report, a bandeau config, a vanilla-cookieconsent v3, Klaro or tarteaucitron.js setup, as
 * JSON, JavaScript or an HTML page's scripts), reads it without running it, and converts it.
 */
import { fromAudit, isAuditReport } from './from-audit.js';
import { fromCookieConsent, isCookieConsent } from './from-cookieconsent.js';
import { fromKlaro, isKlaro } from './from-klaro.js';
import { fromTarteaucitron, isTarteaucitronInit, type TarteaucitronSetup } from './from-tarteaucitron.js';
import type { Config } from './draft.js';
import { dottedName, nodes, parseObjectLiteral, parseProgram, valueOf } from './literal.js';
import type { Note } from './notes.js';

export type Source = 'bandeau-audit' | 'bandeau' | 'vanilla-cookieconsent' | 'klaro' | 'tarteaucitron';

export interface Migration {
  /** What the text was read as. */
  source: Source;
  config: Config;
  /** What could not be carried over (or was changed), with why. */
  notes: Note[];
}

type Obj = Record<string, any>;
const isObj = (value: unknown): value is Obj => !!value && typeof value === 'object' && !Array.isArray(value);

/** The bandeau config keys, to tell our own config from the others'. */
const BANDEAU_KEYS = ['revision', 'language', 'fallbackLanguage', 'privacyPolicyUrl', 'categories', 'cookie', 'texts', 'reloadOnRevoke', 'continueWithoutAccepting', 'floatingButton', 'consentLog', 'gpc', 'googleConsentMode', 'theme', 'layout'];

/** A plain object, as each format is recognised by its keys. */
function fromObject(value: Obj): Migration | undefined {
  if (isAuditReport(value)) return done('bandeau-audit', fromAudit(value));
  if (isCookieConsent(value)) return done('vanilla-cookieconsent', fromCookieConsent(value));
  if (isTarteaucitronInit(value)) return done('tarteaucitron', fromTarteaucitron({ init: value, user: [], jobs: [], services: {} }));
  if (isKlaro(value)) return done('klaro', fromKlaro(value));
  const keys = Object.keys(value);
  if (keys.length === 0 || keys.some((key) => BANDEAU_KEYS.includes(key))) return { source: 'bandeau', config: value, notes: [] };
  return undefined;
}

const done = (source: Source, draft: { config: Config; notes: Note[] }): Migration => ({ source, config: draft.config, notes: draft.notes });

/** The scripts of an HTML text: our config block (JSON), and the others' code joined. */
function scriptsOf(html: string): { config?: string; code: string } {
  let config: string | undefined;
  const code: string[] = [];
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/id\s*=\s*["']?cookie-consent-config/i.test(attributes)) config = body;
    else if (!/type\s*=\s*["']?(application\/(ld\+)?json|text\/plain|importmap)/i.test(attributes)) code.push(body);
  }
  return { config, code: code.join('\n;\n') };
}

/** Reads JavaScript: CookieConsent.run({...}), klaroConfig = {...}, tarteaucitron.init / user / job / services. */
function fromCode(text: string): Migration | undefined {
  const program = parseProgram(text);
  if (!program) return undefined;
  const tarteaucitron: TarteaucitronSetup = { user: [], jobs: [], services: {} };
  let found: Migration | undefined;
  for (const node of nodes(program)) {
    if (node.type === 'CallExpression') {
      const callee = dottedName(node.callee)?.replace(/^window\./, '');
      const first = node.arguments[0];
      if (callee === 'tarteaucitron.init' && first?.type === 'ObjectExpression') tarteaucitron.init = valueOf(first, text) as Obj;
      else if (callee?.endsWith('.run') && first?.type === 'ObjectExpression' && !found) {
        const value = valueOf(first, text) as Obj;
        if (isCookieConsent(value)) found = done('vanilla-cookieconsent', fromCookieConsent(value));
      } else if (node.callee.type === 'MemberExpression' && !node.callee.computed && node.callee.property.name === 'push') {
        // (tarteaucitron.job = tarteaucitron.job || []).push('youtube') or tarteaucitron.job.push('youtube')
        const target = node.callee.object;
        const list = (target.type === 'AssignmentExpression' ? dottedName(target.left) : dottedName(target))?.replace(/^window\./, '');
        if (list === 'tarteaucitron.job') for (const arg of node.arguments) if (arg.type === 'Literal' && typeof arg.value === 'string') tarteaucitron.jobs.push(arg.value);
      }
    } else if (node.type === 'AssignmentExpression' || node.type === 'VariableDeclarator') {
      const name = dottedName(node.type === 'AssignmentExpression' ? node.left : node.id)?.replace(/^window\./, '');
      const value = node.type === 'AssignmentExpression' ? node.right : node.init;
      if (!name || !value) continue;
      if (/(^|\.)klaroConfig$/.test(name) && value.type === 'ObjectExpression' && !found) found = done('klaro', fromKlaro(valueOf(value, text) as Obj));
      else if (name.startsWith('tarteaucitron.user.')) tarteaucitron.user.push([name.slice('tarteaucitron.user.'.length), valueOf(value, text)]);
      else if (name.startsWith('tarteaucitron.services.') && value.type === 'ObjectExpression') tarteaucitron.services[name.slice('tarteaucitron.services.'.length)] = valueOf(value, text) as Obj;
      else if (/(^|\.)tarteaucitronForceLanguage$/.test(name)) tarteaucitron.forceLanguage = valueOf(value, text);
    }
  }
  if (found) return found;
  if (tarteaucitron.init || tarteaucitron.jobs.length) return done('tarteaucitron', fromTarteaucitron(tarteaucitron));
  return undefined;
}

/**
 * Converts a pasted text or a file's content. Returns undefined when nothing could be read. Never runs the text:
 * JSON.parse, or acorn's parser and literal values only.
 */
export function migrate(input: string): Migration | undefined {
  const text = input.replace(/^\uFEFF/, '').trim();
  if (!text) return undefined;
  if (text.startsWith('<')) {
    const { config, code } = scriptsOf(text);
    if (config !== undefined) {
      const migration = migrate(config);
      if (migration) return migration;
    }
    return code.trim() ? migrate(code) : undefined;
  }
  try {
    const value = JSON.parse(text);
    return isObj(value) ? fromObject(value) : undefined;
  } catch {
    // Not JSON: JavaScript.
  }
  const literal = parseObjectLiteral(text);
  if (literal) return fromObject(literal);
  return fromCode(text);
}
