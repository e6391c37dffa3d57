import { whenParsed } from '../dom.js';
import { enqueueScript } from './scripts.js';

/** What a gate asks of the core. */
export interface GateHost {
  isGranted(category: string): boolean;
  /** Fills the placeholder slot's fallback content (the default placeholder, from a lazily loaded module). */
  renderPlaceholder(category: string, slot: HTMLSlotElement): void;
  /** Notes that scripts of this category ran (they cannot be unloaded). */
  ran(category: string): void;
}

const isPlaceholder = (node: Node): boolean => (node as Element).slot === 'placeholder';

/**
 * `<consent-gate category="social"><template>…</template></consent-gate>`: stamps the template's content into the
 * page (light DOM, its scripts run in order) once the category is granted; removes it again on revocation.
 * Until then it shows a child with `slot="placeholder"`, or the default placeholder.
 * Framework-free, so a returning visitor who accepted sees the content without loading the UI.
 *
 * @slot placeholder - Shown while the category is refused (replaces the default placeholder).
 * @csspart placeholder - The default placeholder box.
 */
export class ConsentGateElement extends HTMLElement {
  static host?: GateHost;
  #slot = document.createElement('slot');
  #placeholderRendered = false;
  /** Indexes of the template's scripts that ran: each runs at most once per page load. */
  #ran = new Set<number>();

  get category(): string {
    return this.getAttribute('category') ?? '';
  }

  connectedCallback(): void {
    if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).append(this.#slot);
    // While the page is parsed, the children (template, placeholder) may not be there yet.
    whenParsed(() => this.refresh());
  }

  /**
   * Brings the gate in line with the current consent. Not while the page is parsed: a template's content arrives
   * with the network, and a gate stamped half-way would never get the rest (connectedCallback refreshes at the end).
   */
  refresh(): void {
    const host = ConsentGateElement.host;
    if (!host || !this.shadowRoot || document.readyState === 'loading') return;
    const { category } = this;
    const granted = host.isGranted(category);
    // The stamped content: every child but the template and the page's own placeholder.
    const content = [...this.childNodes].filter((node) => !(node instanceof HTMLTemplateElement) && !isPlaceholder(node));
    this.#slot.name = granted ? '' : 'placeholder';
    if (!granted) {
      for (const node of content) node.remove();
      if (!this.#placeholderRendered && ![...this.children].some(isPlaceholder)) {
        this.#placeholderRendered = true;
        host.renderPlaceholder(category, this.#slot);
      }
      return;
    }
    const template = this.querySelector(':scope > template') as HTMLTemplateElement | null;
    if (!template || content.some((node) => node instanceof Element)) return;
    const fragment = template.content.cloneNode(true) as DocumentFragment;
    // Scripts are re-created so that they run, in order, at most once per page load.
    const scripts = [...fragment.querySelectorAll('script')].map((script) => {
      const marker = document.createComment('');
      script.replaceWith(marker);
      return [script, marker] as const;
    });
    this.append(fragment);
    scripts.forEach(([script, marker], index) => {
      if (!this.#ran.has(index)) {
        enqueueScript(script, marker, false, () => {
          this.#ran.add(index);
          host.ran(category);
        });
      }
    });
  }
}
