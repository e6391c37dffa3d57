import { whenParsed } from '../dom.js';
import { enqueueScript } from './scripts.js';

/** What a gate asks of the core. */
export interface GateHost {
  isGranted(category: string): boolean;
  /** Fills the placeholder slot's fallback content (the default placeholder, from the lazily loaded UI). */
  renderPlaceholder(gate: ConsentGateElement, slot: HTMLSlotElement): void;
  /** Notes that scripts of this category ran (they cannot be unloaded). */
  ran(category: string): void;
}

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
  private slotElement?: HTMLSlotElement;
  private placeholderRendered = false;
  /** Indexes of the template's scripts that ran: each runs at most once per page load. */
  private ranScripts = new Set<number>();

  get category(): string {
    return this.getAttribute('category') ?? '';
  }

  connectedCallback(): void {
    if (!this.slotElement) {
      this.slotElement = document.createElement('slot');
      (this.shadowRoot ?? this.attachShadow({ mode: 'open' })).append(this.slotElement);
    }
    // While the page is parsed, the children (template, placeholder) may not be there yet.
    whenParsed(() => this.refresh());
  }

  /** Brings the gate in line with the current consent. */
  refresh(): void {
    const host = ConsentGateElement.host;
    if (!host || !this.slotElement) return;
    const granted = host.isGranted(this.category);
    this.slotElement.name = granted ? '' : 'placeholder';
    if (granted) this.stamp(host);
    else {
      this.unstamp();
      if (!this.placeholderRendered && !this.querySelector(':scope > [slot="placeholder"]')) {
        this.placeholderRendered = true;
        host.renderPlaceholder(this, this.slotElement);
      }
    }
  }

  private content(): ChildNode[] {
    return Array.from(this.childNodes).filter(
      (node) => !(node instanceof HTMLTemplateElement) && !(node instanceof Element && node.slot === 'placeholder'),
    );
  }

  private stamp(host: GateHost): void {
    const template = this.querySelector(':scope > template');
    if (!template || this.content().some((node) => node.nodeType === Node.ELEMENT_NODE)) return;
    const fragment = (template as HTMLTemplateElement).content.cloneNode(true) as DocumentFragment;
    // Scripts are re-created so that they run, in order, at most once per page load.
    const scripts = Array.from(fragment.querySelectorAll('script')).map((script, index) => {
      const marker = document.createComment('');
      script.replaceWith(marker);
      return { script, marker, index };
    });
    this.append(fragment);
    for (const { script, marker, index } of scripts) {
      if (this.ranScripts.has(index)) continue;
      enqueueScript(script, marker, false, () => {
        this.ranScripts.add(index);
        host.ran(this.category);
      });
    }
  }

  private unstamp(): void {
    for (const node of this.content()) node.remove();
  }
}
