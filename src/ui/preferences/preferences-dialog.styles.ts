/**
 * Styles of the preferences dialog, adopted when it first opens, over the banner's (its --_* tokens and .actions
 * row); the first layer's own words and buttons are light-DOM children, styled there.
 */
export const dialogStyles = `
  :host {
    --_muted: var(--cc-text-muted, light-dark(#4a4a4a, #c8c8cf));
    --_granted: var(--cc-granted, light-dark(#17703a, #4ade80));
    --_denied: var(--cc-denied, light-dark(#b3261e, #ff8a80));
    --_partial: var(--cc-partial, light-dark(#7a4d00, #f5c26b));
  }
  h2 { margin: 0 0 0.25rem; font-size: 1.0625rem; line-height: 1.3; }
  p { margin: 0 0 0.5rem; }
  a { color: var(--_link); text-underline-offset: 0.15em; }
  button {
    font: 600 0.9375rem/1.2 var(--_font);
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.625rem 1.25rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_button-bg);
    cursor: pointer;
  }
  /* "Tout accepter" and "Tout refuser" share every visual property: refusing is as easy as accepting. */
  .choice { background: var(--_button-bg); color: var(--_button-text); }
  .secondary { background: var(--_secondary-bg); color: var(--_secondary-text); }
  button:hover { filter: brightness(1.1); }
  :focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  dialog {
    box-sizing: border-box;
    background: var(--_bg);
    color: var(--_text);
    font: 400 0.9375rem/1.5 var(--_font);
    width: min(40rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 0.5rem 2rem rgb(0 0 0 / 0.3);
    z-index: var(--_z);
  }
  dialog::backdrop { background: rgb(0 0 0 / 0.55); }
  /* The action buttons stay in view (stuck to the dialog's bottom edge) while the categories scroll. */
  dialog > .actions {
    position: sticky;
    /* Sticky insets count from the dialog's content edge: its padding is stepped over to reach its bottom edge. */
    bottom: calc(var(--_space) * -1.5);
    margin: 0 calc(var(--_space) * -1.5) calc(var(--_space) * -1.5);
    padding: 0.75rem calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
    background: var(--_bg);
    border-top: 1px solid var(--_border);
  }
  dialog > .actions button { flex: 1 1 auto; }
  @media (max-width: 48rem), (max-height: 30rem) {
    dialog { padding: var(--_space); }
    dialog > .actions { bottom: calc(var(--_space) * -1); margin: 0 calc(var(--_space) * -1) calc(var(--_space) * -1); padding: 0.5rem var(--_space) var(--_space); }
    dialog > .actions button { flex: 1 1 8rem; padding-inline: 0.75rem; }
    .categories { margin: 0.75rem 0; gap: 0.5rem; }
  }
  .dialog-head { display: flex; justify-content: space-between; align-items: start; gap: var(--_space); }
  .close { padding: 0.25rem 0.75rem; font-size: 1.25rem; color: var(--_text); border-color: transparent; }
  .notice { padding: 0.5rem 0.75rem; border-radius: var(--_radius); border: 1px solid var(--_border); }
  .categories { list-style: none; margin: var(--_space) 0; padding: 0; display: grid; gap: 0.75rem; }
  /* The seed's "bandeau de couleur": green when allowed, red when refused, with the word beside it. */
  .category {
    padding: 0.75rem var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 0.5rem solid var(--_denied);
    border-radius: var(--_radius);
  }
  .category[data-state='granted'] { border-inline-start-color: var(--_granted); }
  /* Services that disagree: a third colour and a double band, so that it differs without colour too. */
  .category[data-state='partial'] { border-inline-start: 0.5rem double var(--_partial); }
  .row-head { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 0.5rem var(--_space); }
  .row-head label { font-weight: 600; cursor: pointer; }
  .category p { margin: 0.25rem 0 0; color: var(--_muted); }
  .category .count { color: var(--_text); font-weight: 600; font-size: 0.875rem; }
  .switch { display: flex; align-items: center; gap: 0.5rem; }
  .status { font-size: 0.875rem; font-weight: 600; color: var(--_denied); }
  [data-state='granted'] > .row-head .status { color: var(--_granted); }
  [data-state='partial'] > .row-head .status { color: var(--_partial); }
  /* The services disclosure: a real button, its chevron turns when open. */
  .disclosure {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    margin-top: 0.5rem;
    padding: 0.25rem 0.75rem 0.25rem 0.5rem;
    min-height: 2.75rem;
    border: 1px solid var(--_border);
    background: transparent;
    color: var(--_secondary-text);
  }
  .chevron {
    width: 0.5rem;
    height: 0.5rem;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  [aria-expanded='true'] > .chevron { transform: rotate(45deg); }
  .services { list-style: none; margin: 0.5rem 0 0; padding: 0; display: grid; gap: 0.5rem; }
  .services[hidden] { display: none; }
  .service {
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-inline-start: 0.25rem solid var(--_denied);
    border-radius: var(--_radius);
  }
  .service[data-state='granted'] { border-inline-start-color: var(--_granted); }
  .service .provider { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
  .note { display: block; font-size: 0.8125rem; color: var(--_muted); }
  .cookie-table { width: 100%; margin-top: 0.5rem; border-collapse: collapse; font-size: 0.8125rem; }
  .cookie-table caption { text-align: start; font-weight: 600; padding-bottom: 0.25rem; }
  .cookie-table th, .cookie-table td {
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  .cookie-table code { font-size: inherit; }
  input[role='switch'] {
    appearance: none;
    position: relative;
    flex: none;
    width: 3rem;
    height: 1.75rem;
    margin: 0;
    border-radius: 1rem;
    border: 2px solid var(--_border);
    background: var(--_denied);
    cursor: pointer;
  }
  input[role='switch']::before {
    content: '';
    position: absolute;
    top: 0.125rem;
    left: 0.125rem;
    width: 1.25rem;
    height: 1.25rem;
    border-radius: 50%;
    background: var(--_bg);
    transition: transform 0.15s;
  }
  input[role='switch']:checked { background: var(--_granted); }
  input[role='switch']:checked::before { transform: translateX(1.25rem); }
  input[role='switch']:disabled { cursor: not-allowed; }
`;
