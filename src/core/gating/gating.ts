import type { ConsentStore } from '../consent/store.js';
import { afterPaint } from '../util/dom.js';
import { logError, logWarn } from '../util/log.js';
import { ConsentGateElement, GATE_EVENT, type GateHost } from './consent-gate.js';
import { EMBED_SELECTOR, toggleEmbed } from './embeds.js';
import { enqueueScript } from './scripts.js';

const GATED = `script[type="text/plain"]:is([data-category],[data-service]),${EMBED_SELECTOR}`;
const GATE_NAME = 'consent-gate';

export interface Gating {
  /** True when scripts of one of these categories or services ran in this page (only a reload undoes them). */
  ranAny(ids: string[]): boolean;
}

/**
 * Keeps gated scripts, embeds and consent-gates in line with the store: from the start (with `after`, once it has
 * settled and the page has painted), on every change, and for elements added to the page later (then `added` is
 * called). Fail closed: an unknown category stays blocked, and until gating starts nothing gated runs or loads (gated
 * scripts and embeds are inert by their markup; `<consent-gate>` is defined at once, so a template that a framework
 * fills stays inert, but answers nothing before the start).
 */
export function startGating(store: ConsentStore, added: () => void, after?: Promise<unknown>): Gating {
  const ran = new Set<string>();
  const warned = new Set<string>();
  /** Granted, or an unknown category or service (kept blocked, with one warning per id and kind of element). */
  const isGranted = (id: string, tag: string, service?: boolean): boolean => {
    const choices = store.state[service ? 'services' : 'categories'];
    const message = `unknown ${service ? 'service' : 'category'} "${id}" on a gated <${tag}>; kept blocked.`;
    if (!Object.hasOwn(choices, id) && !warned.has(message)) {
      warned.add(message);
      logWarn(message);
    }
    return choices[id] === true;
  };

  const apply = (element: Element): void => {
    // data-service names one service; otherwise data-category names a category.
    const service = element.getAttribute('data-service');
    const id = service ?? element.getAttribute('data-category')!;
    const granted = (): boolean => isGranted(id, element.localName, service !== null);
    if (!(element instanceof HTMLScriptElement)) toggleEmbed(element as HTMLIFrameElement, granted());
    else if (granted()) {
      ran.add(id);
      enqueueScript(element, granted);
    }
  };
  const scan = (root: ParentNode): void => root.querySelectorAll(GATED).forEach(apply);

  const registered = customElements.get(GATE_NAME);
  if (!registered) customElements.define(GATE_NAME, ConsentGateElement);
  else if (registered !== ConsentGateElement) logError(`<${GATE_NAME}> is already defined by another script; gates stay closed.`);

  // One pass in document order, gates included: a gate's scripts queue after the gated scripts above it (a library
  // gated in the head runs before the comments widget that needs it), as classic scripts do in HTML.
  const refresh = (): void =>
    document.querySelectorAll(`${GATED},${GATE_NAME}`).forEach((element) => {
      if (element.localName === GATE_NAME) (element as ConsentGateElement).refresh?.();
      else apply(element);
    });

  const start = (): void => {
    const gateHost: GateHost = { isGranted: (id, service) => isGranted(id, GATE_NAME, service), ran: (id) => void ran.add(id) };
    document.addEventListener(GATE_EVENT, (event) => ((event as CustomEvent<{ host?: GateHost }>).detail.host = gateHost));
    // Elements added later (single-page apps, lazy sections) are gated as soon as they are inserted.
    new MutationObserver((records) => {
      for (const record of records) {
        // A gate whose children arrive after it (a template appended later, or a framework filling the template) re-checks.
        const gate = record.target instanceof HTMLTemplateElement ? record.target.parentNode : record.target;
        if (gate instanceof ConsentGateElement) gate.refresh();
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          if (node.matches(GATED)) apply(node);
          scan(node);
        }
      }
      // Other elements of the widget that the page may add later (a single-page app's privacy route).
      added();
    }).observe(document, { childList: true, subtree: true });

    refresh();
    // And what the page added before the observer was there (between the banner's paint and this start).
    added();
    // After a decision, the banner's paint comes first (a quick "accept" response); the gated content follows a frame
    // later.
    store.subscribe(() => afterPaint(refresh), 'gating');
  };
  // A first visit's banner is built and painted first; the gates' answers, the gated scripts and embeds, the
  // placeholders and their layout come in tasks of their own after it: no long task at start-up.
  if (after) after.then(() => afterPaint(start));
  else start();
  return { ranAny: (ids) => ids.some((id) => ran.has(id)) };
}
