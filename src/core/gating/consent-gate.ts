import { emit, PLACEHOLDER_EVENT } from '../api/events.js';
import { whenParsed } from '../util/dom.js';
import { enqueueScript } from './scripts.js';

/** What a gate asks of the core; gating.ts answers the gate's `cookie-consent:gate` request with it. */
export interface GateHost {
  /** Whether the category (or, with `service`, the service) `id` is granted. */
  isGranted(id: string, service?: boolean): boolean;
  /** Notes that scripts of this category or service ran (they cannot be unloaded). */
  ran(id: string): void;
}

/** Dispatched by a gate as it connects; the core's listener puts its GateHost in `detail.host` (no static field). */
export const GATE_EVENT = 'cookie-consent:gate';

/** Asks the core that runs this page for its GateHost (an internal event, answered synchronously). */
function requestHost(gate: HTMLElement): GateHost | undefined {
  const request: { host?: GateHost } = {};
  emit(GATE_EVENT, request, gate);
  return request.host;
}

/**
 * What the ESM entry adds for frameworks that hydrate server-rendered gates (hydration.ts); the drop-in, for pages
 * that nothing hydrates, leaves it empty.
 */
export const hydration: {
  /** Readies a template of a gate for hydration. */
  template?(template: HTMLTemplateElement): void;
  /** Settles when `gate` may stamp its light DOM; undefined when it may now. */
  wait?(gate: ConsentGateElement): Promise<unknown> | undefined;
} = {};

/** A template whose children, now and later, go into its inert content. */
function inert<T>(node: T): T {
  if (node instanceof HTMLTemplateElement) {
    const { content } = node;
    content.append(...node.childNodes);
    node.appendChild = (child) => content.appendChild(child);
    node.insertBefore = (child, before) => content.insertBefore(child, before);
    node.append = (...children) => content.append(...children);
    node.removeChild = (child) => content.removeChild(child);
    hydration.template?.(node);
  }
  return node;
}

const isPlaceholder = (node: Node): boolean => (node as Element).slot === 'placeholder';

/**
 * `<consent-gate category="social"><template>…</template></consent-gate>`: stamps the template's content into the
 * page (light DOM, its scripts run in order) once the category is granted; removes it again on revocation.
 * Until then it shows a child with `slot="placeholder"`, or the default placeholder.
 * Framework-free, so a returning visitor who accepted sees the content without loading the UI.
 *
 * @tag consent-gate
 * @attr {string} category - The category whose consent the content needs.
 * @attr {string} service - Or the one service whose consent it needs (then `category` may be left out).
 * @prop {string} category - Reflects the `category` attribute; may be set before the element is defined.
 * @prop {string} service - Reflects the `service` attribute; may be set before the element is defined.
 * @slot placeholder - Shown while the category is refused (replaces the default placeholder).
 * @slot - The gated content, stamped from the `<template>` child once the category is granted.
 * @csspart placeholder - The default placeholder box.
 * @cssprop --cc-bg - The default placeholder's background.
 * @cssprop --cc-text - Its text colour.
 * @cssprop --cc-border - Its border.
 * @cssprop --cc-button-bg - Its button's background.
 * @cssprop --cc-button-text - Its button's text.
 * @cssprop --cc-link - Its link.
 * @cssprop --cc-focus - Focus outline.
 * @cssprop --cc-radius - Corner radius.
 * @cssprop --cc-spacing - Base spacing.
 * @cssprop --cc-font - Font family.
 * @cssprop --cc-denied - The band of the refused category.
 * @fires cookie-consent:placeholder - While refused, to ask for its placeholder (cancelable; detail: PlaceholderRequest).
 */
// HTMLElement where it exists; a plain class on a server, so that importing this module never throws there.
export class ConsentGateElement extends ((globalThis.HTMLElement ?? Object) as typeof HTMLElement) {
  static observedAttributes = ['category', 'service'];
  #host?: GateHost;
  /** The shadow root's one slot, made when the gate is first brought in line (an upgrade does as little as it can). */
  #slot?: HTMLSlotElement;
  #placeholderRendered = false;
  /** What the gate stamped (removed on revocation; what a framework rendered in the gate is never touched). */
  #stamped: ChildNode[] = [];
  /** Indexes of the template's scripts that ran: each runs at most once per page load. */
  #ran = new Set<number>();

  /** The category whose consent the content needs (reflects the `category` attribute). */
  get category(): string {
    return this.getAttribute('category') ?? '';
  }

  set category(value: string) {
    this.setAttribute('category', value);
  }

  /** The one service whose consent the content needs (reflects the `service` attribute); wins over `category`. */
  get service(): string {
    return this.getAttribute('service') ?? '';
  }

  set service(value: string) {
    this.setAttribute('service', value);
  }

  connectedCallback(): void {
    // A value set before the element was defined (a framework rendering first) hides the accessor: hand it over.
    for (const name of ['category', 'service'] as const) {
      if (Object.hasOwn(this, name)) {
        const value = this[name];
        delete (this as unknown as Record<string, unknown>)[name];
        this[name] = value;
      }
    }
    // While the page is parsed, the children (template, placeholder) may not be there yet.
    whenParsed(() => this.refresh());
  }

  // Frameworks (React, Vue) build a gate's subtree before inserting it, and fill a <template> as an element: its
  // children would load (an iframe) as soon as the subtree reaches the page. The template's children go into its
  // inert content as it is put in the gate, and whatever a framework adds to it later goes there too.
  override appendChild<T extends Node>(node: T): T {
    return super.appendChild(inert(node));
  }

  override insertBefore<T extends Node>(node: T, child: Node | null): T {
    return super.insertBefore(inert(node), child);
  }

  override append(...nodes: Array<Node | string>): void {
    super.append(...nodes.map(inert));
  }

  attributeChangedCallback(): void {
    // Not at the upgrade, before any host answered: connectedCallback, then gating's start, refresh the gate.
    if (this.#host) this.refresh();
  }

  /**
   * Brings the gate in line with the current consent. Not while the page is parsed: a template's content arrives
   * with the network, and a gate stamped half-way would never get the rest (connectedCallback refreshes at the end).
   * Nor before the core's gating has started (no host answers yet; gating.ts refreshes every gate when it starts):
   * until then the gate is defined, so its template stays inert, and does nothing else.
   */
  refresh(): void {
    // Frameworks that render a <template> as an element (Vue) put its children in the page, not in its content: move
    // them into the inert content at once, before they render or load.
    const template = this.querySelector(':scope > template') as HTMLTemplateElement | null;
    if (template) inert(template);
    const host = (this.#host ??= requestHost(this));
    if (!host || document.readyState === 'loading') return;
    const { category, service } = this;
    const id = service || category;
    const granted = host.isGranted(id, !!service);
    this.#slot ??= this.attachShadow({ mode: 'open' }).appendChild(document.createElement('slot'));
    this.#slot.name = granted ? '' : 'placeholder';
    if (!granted) {
      for (const node of this.#stamped) node.remove();
      this.#stamped = [];
      if (!this.#placeholderRendered && ![...this.children].some(isPlaceholder)) {
        this.#placeholderRendered = true;
        emit(PLACEHOLDER_EVENT, { category, ...(service && { service }), slot: this.#slot }, this);
      }
      return;
    }
    if (!template || this.#stamped.length) return;
    const wait = hydration.wait?.(this);
    if (wait) return void wait.then(() => this.refresh());
    const fragment = template.content.cloneNode(true) as DocumentFragment;
    // Scripts are re-created so that they run, in order, at most once per page load.
    const scripts = [...fragment.querySelectorAll('script')].map((script) => {
      const marker = document.createComment('');
      script.replaceWith(marker);
      return [script, marker] as const;
    });
    this.#stamped = [...fragment.childNodes];
    this.append(fragment);
    scripts.forEach(([script, marker], index) => {
      if (!this.#ran.has(index)) {
        enqueueScript(script, undefined, marker, false, () => {
          this.#ran.add(index);
          host.ran(id);
        });
      }
    });
  }
}
