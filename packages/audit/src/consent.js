// Refusing or accepting everything on a page: through the widget's API when it is there, then through DuckDuckGo's
// autoconsent when one of its rules knows the banner, otherwise through a button (or link) whose label is a refusal /
// an acceptance in one of the widget's 24 languages (plus common variants).
import { readFileSync } from 'node:fs';
import { bannerOfRule } from './banners.js';

const LABELS = JSON.parse(readFileSync(new URL('../data/labels.json', import.meta.url), 'utf8'));

/** Labels other banners commonly use, besides the widget's own. */
const EXTRA = {
  reject: ['Refuser', 'Tout rejeter', 'Refuser tout', 'Je refuse', 'Reject', 'Reject all cookies', 'Decline', 'Decline all', 'Deny', 'Deny all',
    'Only necessary', 'Necessary cookies only', 'Use necessary cookies only', 'Ablehnen', 'Nur notwendige', 'Rechazar', 'Rifiuta', 'Weigeren'],
  accept: ['Accepter', 'Accepter tout', "J'accepte", 'Tout autoriser', 'Accept', 'Accept all cookies', 'Allow all', 'Allow all cookies', 'I agree',
    'Agree', 'Akzeptieren', 'Alle zulassen', 'Aceptar', 'Accetta', 'Accepteren'],
};

/** Every label of a kind ('reject' | 'accept'), the 24 languages first. */
export function labelsOf(kind) {
  return [...new Set([...Object.values(LABELS[kind]).flat(), ...EXTRA[kind]])];
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regex matching exactly one of the labels, ignoring case and spacing; an apostrophe matches any character (straight
 * or typographic; a quote inside the regex would also break Playwright's selector syntax).
 */
export function labelPattern(kind) {
  const alternatives = labelsOf(kind).map((label) => escape(label).replace(/[’']/g, '.').replace(/\s+/g, '\\s+'));
  return new RegExp(`^\\s*(?:${alternatives.join('|')})\\s*$`, 'iu');
}

/** How long a banner that autoconsent detected may take to open before the label heuristics take over. */
const AUTOCONSENT_PATIENCE_MS = 6000;
/** How long the label heuristics leave autoconsent to report first when it has detected nothing yet. */
const AUTOCONSENT_FIRST_MS = 2000;

/**
 * Records the decision on the page.
 * @param {import('playwright-core').Page} page
 * @param {'reject' | 'accept'} kind
 * @param {{ waitMs?: number, onDecide?: () => void, autoconsent?: Awaited<ReturnType<typeof import('./autoconsent.js').installAutoconsent>> | null }} [options]
 *   onDecide: called just before the decision is made; autoconsent: installed in the page before it loaded
 * @returns {Promise<{ via: 'api' | 'autoconsent' | 'button' | null, label?: string, banner?: string, rule?: string }>}
 */
export async function decide(page, kind, { waitMs = 1500, onDecide = () => {}, autoconsent = null } = {}) {
  const method = kind === 'reject' ? 'rejectAll' : 'acceptAll';
  waitMs = Math.max(1, waitMs); // 0 would mean no timeout at all to Playwright
  const hasApi = await page
    .waitForFunction((name) => typeof window.cookieConsent?.[name] === 'function', method, { timeout: waitMs })
    .then(() => true, () => false);
  if (hasApi) {
    onDecide();
    const done = await page.evaluate((name) => (window.cookieConsent[name](), true), method).catch(() => false);
    if (done) return { via: 'api', banner: 'bandeau' };
  }
  const pattern = labelPattern(kind);
  const started = Date.now();
  const deadline = started + waitMs;
  /** autoconsent while it may still act: null once its rule has failed (some rules only refuse), or without it. */
  let asking = autoconsent;
  /** The banner autoconsent recognised, named even when its rule could not act. */
  const detected = () => {
    const rule = autoconsent?.popup()?.cmp ?? autoconsent?.state.detected[0];
    return rule ? { banner: bannerOfRule(rule).name, rule } : {};
  };
  // The banner may appear a little after load: until one control shows or the wait is over, ask autoconsent (a rule
  // made for this banner), then look for a labelled control in every frame.
  do {
    if (asking?.popup()) {
      onDecide();
      if (await asking.act(kind, 10_000)) return { via: 'autoconsent', ...detected() };
      asking = null; // its rule could not do it: the labels may
    }
    const elapsed = Date.now() - started;
    const waitingForAutoconsent =
      asking !== null && !asking.foundNothing() && elapsed < (asking.state.detected.length ? AUTOCONSENT_PATIENCE_MS : AUTOCONSENT_FIRST_MS);
    if (!waitingForAutoconsent) {
      for (const frame of page.frames()) {
        const control = frame.getByRole('button', { name: pattern }).or(frame.getByRole('link', { name: pattern })).filter({ visible: true }).first();
        if ((await control.count().catch(() => 0)) === 0) continue;
        const label = (await control.innerText({ timeout: 1000 }).catch(() => '')).trim();
        onDecide();
        const clicked = await control.click({ timeout: 2000 }).then(() => true, () => false);
        if (clicked) return { via: 'button', label, ...detected() };
      }
    }
    if (Date.now() >= deadline && !waitingForAutoconsent) break;
    await page.waitForTimeout(150); // polling interval while a banner may still be appearing
  } while (true);
  return { via: null, ...detected() };
}
