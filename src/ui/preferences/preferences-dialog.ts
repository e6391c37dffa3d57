import { html, nothing } from 'lit-html';
import type { Category } from '../../core/types.js';
import type { CookieConsentElement } from '../cookie-consent/cookie-consent.js';
export { dialogStyles } from './preferences-dialog.styles.js';

/** Keeps Tab and Shift+Tab inside the dialog (the page behind is inert, but the browser's UI is not). */
function trapFocus(event: KeyboardEvent): void {
  if (event.key !== 'Tab') return;
  const dialog = event.currentTarget as HTMLDialogElement;
  const focusable = Array.from(dialog.querySelectorAll<HTMLElement>('button, input:not(:disabled), a[href]'));
  const active = (dialog.getRootNode() as ShadowRoot).activeElement;
  const [first, last] = [focusable[0], focusable[focusable.length - 1]];
  if (event.shiftKey ? active === first : active === last) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }
}

function renderCategory(host: CookieConsentElement, category: Category) {
  const { id, required } = category;
  const granted = required || host.choices.categories[id] === true;
  const state = granted ? 'granted' : 'denied';
  return html`
    <li class="category" part="category category-${state}" data-category=${id} data-state=${state}>
      <div class="category-head">
        <label for="cc-switch-${id}">${host.context.categoryText(category, 'title')}</label>
        <span class="switch">
          <span class="status" aria-hidden="true">${host.text(required ? 'alwaysOn' : state)}</span>
          <input
            id="cc-switch-${id}"
            part="switch"
            type="checkbox"
            role="switch"
            aria-describedby="cc-description-${id}"
            .checked=${granted}
            ?disabled=${required}
            @change=${(event: Event) => host.toggle(id, (event.target as HTMLInputElement).checked)}
          />
        </span>
      </div>
      <p id="cc-description-${id}">${host.context.categoryText(category, 'description')}</p>
    </li>
  `;
}

/**
 * The preferences dialog: one row per category with its switch and its green/red band.
 * Escape (the dialog's cancel) and × close it without deciding.
 */
export function renderDialog(host: CookieConsentElement) {
  const { config, view } = host.context;
  return html`
    <dialog
      class="preferences"
      part="dialog"
      aria-labelledby="cc-dialog-title"
      @keydown=${trapFocus}
      @cancel=${(event: Event) => {
        event.preventDefault();
        host.closeDialog();
      }}
    >
      <div class="dialog-head">
        <h2 id="cc-dialog-title" part="title">${host.text('dialogTitle')}</h2>
        <button class="close secondary" part="button button-close" aria-label=${host.text('close')} @click=${host.closeDialog}>
          ×
        </button>
      </div>
      <p>${host.text('dialogText')}</p>
      ${view.state.method === 'gpc' ? html`<p class="notice" part="notice" role="note">${host.text('gpcNotice')}</p>` : nothing}
      <ul class="categories">
        ${config.categories.map((category) => renderCategory(host, category))}
      </ul>
      <div class="actions" part="actions">
        ${host.renderChoiceButtons()}
        <button class="secondary" part="button button-save" @click=${host.save}>${host.text('save')}</button>
      </div>
    </dialog>
  `;
}
