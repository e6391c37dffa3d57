import { logWarn } from '../log.js';
import type { ConsentStore } from '../store.js';
import { ConsentGateElement, type GateHost } from './consent-gate.js';
import { EMBED_SELECTOR, loadEmbed, unloadEmbed } from './embeds.js';
import { enqueueScript } from './scripts.js';

const SCRIPT_SELECTOR = 'script[type="text/plain"][data-category]';
const GATE_NAME = 'consent-gate';

export interface Gating {
  /** Applies the current consent to every gated element of the page. */
  refresh(): void;
  /** True when scripts of one of these categories ran in this page (only a reload undoes them). */
  ranAny(categories: string[]): boolean;
}

/**
 * Keeps gated scripts, embeds and consent-gates in line with the store: now, on every change, and for
 * elements added to the page later. Fail closed: an unknown category stays blocked.
 */
export function startGating(store: ConsentStore, renderPlaceholder: GateHost['renderPlaceholder']): Gating {
  const ran = new Set<string>();
  const warned = new WeakSet<Element>();
  const granted = (id: string): boolean => store.state.categories[id] === true;

  const apply = (element: Element): void => {
    const id = element.getAttribute('data-category') ?? '';
    if (!store.config.categories.some((category) => category.id === id)) {
      if (!warned.has(element)) logWarn(`unknown category "${id}" on a gated <${element.tagName.toLowerCase()}>; kept blocked.`);
      warned.add(element);
      return;
    }
    if (element instanceof HTMLScriptElement) {
      if (granted(id)) {
        ran.add(id);
        enqueueScript(element);
      }
    } else if (granted(id)) loadEmbed(element);
    else unloadEmbed(element);
  };

  const scan = (root: ParentNode): void => {
    for (const element of Array.from(root.querySelectorAll(`${SCRIPT_SELECTOR},${EMBED_SELECTOR}`))) apply(element);
  };

  const warnedGates = new Set<string>();
  ConsentGateElement.host = {
    isGranted: (id) => {
      if (!store.config.categories.some((category) => category.id === id) && !warnedGates.has(id)) {
        warnedGates.add(id);
        logWarn(`unknown category "${id}" on <consent-gate>; kept blocked.`);
      }
      return granted(id);
    },
    renderPlaceholder,
    ran: (id) => ran.add(id),
  };
  const registered = customElements.get(GATE_NAME);
  if (!registered) customElements.define(GATE_NAME, ConsentGateElement);
  else if (registered !== ConsentGateElement) console.error(`[cookie-consent] <${GATE_NAME}> is already defined by another script; gates stay closed.`);

  const refresh = (): void => {
    scan(document);
    for (const gate of Array.from(document.querySelectorAll(GATE_NAME))) (gate as ConsentGateElement).refresh?.();
  };

  // Elements added later (single-page apps, lazy sections) are gated as soon as they are inserted.
  new MutationObserver((records) => {
    for (const record of records) {
      // A gate whose children arrive after it (a template appended later) re-checks itself.
      if (record.target instanceof ConsentGateElement) record.target.refresh();
      for (const node of Array.from(record.addedNodes)) {
        if (!(node instanceof Element)) continue;
        if (node.matches(`${SCRIPT_SELECTOR},${EMBED_SELECTOR}`)) apply(node);
        scan(node);
      }
    }
  }).observe(document, { childList: true, subtree: true });

  refresh();
  store.subscribe(refresh);
  return { refresh, ranAny: (categories) => categories.some((id) => ran.has(id)) };
}
