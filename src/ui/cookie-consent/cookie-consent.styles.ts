/**
 * Styles of the banner, as a constructable stylesheet (no inline style, so a strict CSP is fine).
 * Colours use light-dark(): the theme follows prefers-color-scheme unless `theme` forces one.
 */
export const tokens = `
  :host {
    display: contents;
    color-scheme: light dark;
    --_bg: var(--cc-bg, light-dark(#ffffff, #1c1c21));
    --_text: var(--cc-text, light-dark(#1b1b1b, #f2f2f4));
    --_muted: var(--cc-text-muted, light-dark(#4a4a4a, #c8c8cf));
    --_button-bg: var(--cc-button-bg, light-dark(#1e3a8a, #b9ccff));
    --_button-text: var(--cc-button-text, light-dark(#ffffff, #0d1a40));
    --_secondary-bg: var(--cc-secondary-bg, transparent);
    --_secondary-text: var(--cc-secondary-text, light-dark(#1e3a8a, #b9ccff));
    --_link: var(--cc-link, light-dark(#1e3a8a, #b9ccff));
    --_focus: var(--cc-focus, light-dark(#b45309, #fbbf24));
    --_granted: var(--cc-granted, light-dark(#17703a, #4ade80));
    --_denied: var(--cc-denied, light-dark(#b3261e, #ff8a80));
    --_partial: var(--cc-partial, light-dark(#7a4d00, #f5c26b));
    --_border: var(--cc-border, light-dark(#767676, #8e8e98));
    --_radius: var(--cc-radius, 0.5rem);
    --_space: var(--cc-spacing, 1rem);
    --_font: var(--cc-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_z: var(--cc-z-index, 2147483000);
  }
  :host([theme='light']) { color-scheme: light; }
  :host([theme='dark']) { color-scheme: dark; }
  .surface, dialog {
    box-sizing: border-box;
    background: var(--_bg);
    color: var(--_text);
    font: 400 0.9375rem/1.5 var(--_font);
  }
  h2 { margin: 0 0 0.25rem; font-size: 1.0625rem; line-height: 1.3; }
  p { margin: 0 0 0.5rem; }
  a { color: var(--_link); text-underline-offset: 0.15em; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
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
  @media (prefers-reduced-motion: reduce) {
    *, ::backdrop { transition: none !important; animation: none !important; }
  }
`;

export const bannerStyles = `${tokens}
  .banner {
    position: fixed;
    z-index: var(--_z);
    inset: auto 0 0 0;
    max-height: 75vh;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-top: 1px solid var(--_border);
    box-shadow: 0 -0.25rem 1.5rem rgb(0 0 0 / 0.15);
    display: flex;
    gap: calc(var(--_space) * 0.75) calc(var(--_space) * 2);
    align-items: center;
    animation: cc-in 0.2s ease-out;
  }
  .banner[hidden] { display: none; }
  /* The text scrolls on a small screen; the buttons always stay in view. */
  .text { flex: 1; min-height: 0; max-height: 100%; overflow: auto; }
  .purposes { margin: 0 0 0.5rem; padding: 0; list-style: none; font-weight: 600; }
  .purposes li { display: inline; }
  .purposes li:not(:last-child)::after { content: ' · '; font-weight: 400; }
  /* « Voir la liste des sociétés »: a button that looks like a link (it opens the dialog, it goes nowhere). */
  button.link {
    min-height: 1.5rem;
    min-width: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_link);
    font-weight: 400;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .banner .actions { flex: none; flex-direction: column; min-width: 13rem; }
  .continue { position: absolute; top: 0.5rem; inset-inline-end: 0.75rem; font-size: 0.875rem; padding: 0.25rem; }
  .has-continue { padding-top: 2.25rem; }
  @media (max-width: 48rem) {
    .banner { flex-direction: column; align-items: stretch; padding: 0.75rem var(--_space); }
    .banner .actions { flex-direction: row; }
    .banner .actions button { flex: 1 1 9rem; }
  }
  /* layout="box": a card in the bottom corner. */
  :host([layout='box']) .banner {
    inset: auto 1rem 1rem auto;
    width: min(26rem, calc(100vw - 2rem));
    flex-direction: column;
    align-items: stretch;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  :host([layout='box']) .banner .actions { flex-direction: row; min-width: 0; }
  :host([layout='box']) .banner .actions button { flex: 1 1 9rem; }
  /* layout="modal": centred over the dimmed page. */
  .banner-modal { padding: 0; border: 0; background: transparent; max-width: none; max-height: none; overflow: visible; }
  .banner-modal::backdrop { background: rgb(0 0 0 / 0.55); }
  :host([layout='modal']) .banner {
    inset: 50% auto auto 50%;
    transform: translate(-50%, -50%);
    width: min(36rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    flex-direction: column;
    align-items: stretch;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    animation: none;
  }
  :host([layout='modal']) .banner .actions { flex-direction: row; }
  :host([layout='modal']) .banner .actions button { flex: 1 1 9rem; }
  @keyframes cc-in { from { opacity: 0; transform: translateY(1rem); } }
`;
