/**
 * Styles of the banner, as a constructable stylesheet (no inline style, so a strict CSP is fine). The dialog's are
 * adopted over them (its --_* tokens, .surface and .actions are these).
 * Colours use light-dark(): the theme follows prefers-color-scheme unless `theme` forces one.
 */
export const bannerStyles = `
  /*
   * The host has no box of its own (display: contents). Its computed position says what it is, a fixed layer: tools
   * that look for fixed elements in the light DOM (DuckDuckGo's autoconsent) find the banner's words and buttons there.
   */
  :host {
    display: contents;
    position: fixed;
    color-scheme: light dark;
    --_bg: var(--cc-bg, light-dark(#ffffff, #1c1c21));
    --_text: var(--cc-text, light-dark(#1b1b1b, #f2f2f4));
    --_button-bg: var(--cc-button-bg, light-dark(#1e3a8a, #b9ccff));
    --_button-text: var(--cc-button-text, light-dark(#ffffff, #0d1a40));
    --_secondary-bg: var(--cc-secondary-bg, transparent);
    --_secondary-text: var(--cc-secondary-text, light-dark(#1e3a8a, #b9ccff));
    --_link: var(--cc-link, light-dark(#1e3a8a, #b9ccff));
    --_focus: var(--cc-focus, light-dark(#b45309, #fbbf24));
    --_border: var(--cc-border, light-dark(#767676, #8e8e98));
    --_radius: var(--cc-radius, 0.5rem);
    --_space: var(--cc-spacing, 1rem);
    --_font: var(--cc-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_z: var(--cc-z-index, 2147483000);
  }
  :host([theme='light']) { color-scheme: light; }
  :host([theme='dark']) { color-scheme: dark; }
  .surface {
    box-sizing: border-box;
    background: var(--_bg);
    color: var(--_text);
    font: 400 0.9375rem/1.5 var(--_font);
  }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
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
    animation: cc-in 0.12s ease-out;
  }
  .banner[hidden] { display: none; }
  /* The text scrolls on a small screen; the buttons always stay in view. */
  .text { flex: 1; min-height: 0; max-height: 100%; overflow: auto; }
  .banner .actions { flex: none; flex-direction: column; min-width: 13rem; }
  /*
   * The banner's words and buttons are light-DOM children, slotted in. !important: in a shadow root's styles it wins
   * over the page's rules (even !important ones), so a site's "button { … }" cannot make refusing look different
   * from accepting; the --cc-* properties still set every colour.
   */
  ::slotted(*) {
    box-sizing: border-box !important;
    margin: 0 0 0.5rem !important;
    padding: 0 !important;
    color: var(--_text) !important;
    font: 400 0.9375rem/1.5 var(--_font) !important;
    text-align: start !important;
  }
  ::slotted(h2) { margin-bottom: 0.25rem !important; font-size: 1.0625rem !important; font-weight: 700 !important; line-height: 1.3 !important; }
  ::slotted(ul) { list-style: none !important; font-weight: 600 !important; }
  /*
   * The three choices sit in one slotted wrapper, positioned: with a positioned light-DOM ancestor, the buttons'
   * offsetParent is not null, which is how auto-responders (DuckDuckGo's autoconsent) tell that a button is visible.
   * It takes its direction and gap from the frame's .actions row; the buttons' own styles are in lightDomStyles.
   */
  ::slotted(.cc-actions) {
    position: relative !important;
    display: flex !important;
    flex-direction: inherit !important;
    flex-wrap: wrap !important;
    gap: 0.5rem !important;
    flex: 1 1 auto;
    width: 100% !important;
    margin: 0 !important;
  }
  /*
   * « Voir la liste des sociétés »: a button that looks like a link (it opens the dialog, it goes nowhere). Its margin,
   * padding and alignment are ::slotted(*)'s.
   */
  ::slotted(.cc-companies) {
    display: block;
    min-height: 1.5rem !important;
    min-width: 0 !important;
    border: 0 !important;
    background: none !important;
    color: var(--_link) !important;
    font-weight: 400 !important;
    text-decoration: underline !important;
    text-underline-offset: 0.15em;
  }
  ::slotted(.cc-continue) {
    position: absolute !important;
    top: 0.5rem;
    inset-inline-end: 0.75rem;
    margin: 0 !important;
    padding: 0.25rem !important;
    color: var(--_link) !important;
    font-size: 0.875rem !important;
  }
  .has-continue { padding-top: 2.25rem; }
  /* Phones and narrow windows: text above, buttons below (accept and refuse side by side, same size). */
  @media (max-width: 48rem) {
    .banner { flex-direction: column; align-items: stretch; gap: 0.5rem; padding: 0.75rem var(--_space); }
    .banner .actions { flex-direction: row; min-width: 0; }
  }
  /*
   * Phones: the banner takes at most 40 % of a portrait screen (60 % of a landscape one); the text scrolls in a region
   * that shows it can scroll (a shadow at the edge where more text is), the three buttons stay in view.
   */
  @media (max-width: 48rem) and (orientation: portrait) {
    :host(:not([layout='modal'])) .banner { max-height: 40vh; max-height: 40dvh; }
  }
  @media (max-height: 30rem) and (orientation: landscape) {
    :host(:not([layout='modal'])) .banner { max-height: 55vh; max-height: 55dvh; }
  }
  @media (max-width: 48rem), (max-height: 30rem) {
    .text {
      flex: 0 1 auto;
      overscroll-behavior: contain;
      background:
        linear-gradient(var(--_bg) 30%, transparent) top / 100% 1.5rem no-repeat local,
        linear-gradient(transparent, var(--_bg) 70%) bottom / 100% 1.5rem no-repeat local,
        linear-gradient(rgb(0 0 0 / 0.2), transparent) top / 100% 0.5rem no-repeat scroll,
        linear-gradient(transparent, rgb(0 0 0 / 0.2)) bottom / 100% 0.5rem no-repeat scroll;
    }
  }
  /* Very short viewports (400 % zoom, a phone on its side with a keyboard): the whole banner scrolls. */
  @media (max-height: 20rem) {
    :host(:not([layout='modal'])) .banner { max-height: 75vh; overflow-y: auto; }
    :host(:not([layout='modal'])) .text { flex: none; max-height: none; overflow: visible; }
  }
  /* layout="box": a card in the bottom corner. */
  /* layout="box" and "modal": a card, text above buttons. */
  :host([layout='box']) .banner,
  :host([layout='modal']) .banner {
    flex-direction: column;
    align-items: stretch;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  :host([layout='box']) .banner .actions,
  :host([layout='modal']) .banner .actions { flex-direction: row; min-width: 0; }
  :host([layout='box']) .banner { inset: auto 1rem 1rem auto; width: min(26rem, calc(100vw - 2rem)); }
  /* layout="modal": centred over the dimmed page. */
  .banner-modal { padding: 0; border: 0; background: none; max-width: none; max-height: none; overflow: visible; }
  .banner-modal::backdrop { background: rgb(0 0 0 / 0.55); }
  :host([layout='modal']) .banner {
    inset: 50% auto auto 50%;
    transform: translate(-50%, -50%);
    width: min(36rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
  }
  /*
   * With reduced motion nothing moves or transitions (the dialog's elements included).
   * The banner's first frame is transparent, with or without reduced motion (then nothing moves, its words alone fade
   * in: a change of opacity, no motion): text painted transparent at first is no candidate for the page's Largest
   * Contentful Paint, so the banner never becomes the site's LCP, even where its text is the largest block on screen.
   * The fade must run on the compositor (will-change): a fade the main thread paints frame by frame counts again.
   * Its keyframes are the banner's own (cc-in).
   */
  @media (prefers-reduced-motion: reduce) {
    *, ::backdrop { transition: none !important; animation: none !important; }
    .banner > * { animation: cc-in 0.12s ease-out !important; will-change: opacity; }
  }
  @keyframes cc-in { from { opacity: 0; } }
`;

/**
 * The few rules for the banner's light-DOM children that ::slotted() cannot reach (it styles the slotted elements,
 * not what they contain), adopted by the document (a constructable stylesheet: fine under a strict CSP).
 */
export const lightDomStyles = `
  /*
   * The banner's buttons, light-DOM children of its slotted wrapper. Selectors anchored on the element and !important:
   * a site's "button { … }" cannot make refusing look different from accepting; the --cc-* properties (inherited
   * from the element) still set every colour.
   */
  cookie-consent > .cc-actions > button {
    box-sizing: border-box !important;
    margin: 0 !important;
    font: 600 0.9375rem/1.2 var(--_font) !important;
    min-height: 2.75rem !important;
    min-width: 2.75rem !important;
    padding: 0.625rem 1.25rem !important;
    border: 2px solid var(--_button-bg) !important;
    border-radius: var(--_radius) !important;
    text-align: center !important;
    cursor: pointer;
    /* In a column (the bar on a wide screen) every button is as wide as the widest: equally prominent. */
    width: 100%;
  }
  cookie-consent > .cc-actions > .cc-choice { background: var(--_button-bg) !important; color: var(--_button-text) !important; }
  cookie-consent > .cc-actions > .cc-secondary { background: var(--_secondary-bg) !important; color: var(--_secondary-text) !important; }
  cookie-consent > .cc-actions > button:hover { filter: brightness(1.1); }
  cookie-consent:is([layout='box'], [layout='modal']) > .cc-actions > button { flex: 1 1 8rem; }
  @media (max-width: 48rem) {
    cookie-consent > .cc-actions > button { flex: 1 1 8rem; padding-inline: 0.75rem !important; }
  }
  cookie-consent > p > a { color: var(--_link) !important; text-underline-offset: 0.15em; }
  /* One focus ring for every light-DOM child: buttons, links, « Voir la liste des sociétés ». */
  cookie-consent :focus-visible { outline: 3px solid var(--_focus) !important; outline-offset: 2px !important; }
  cookie-consent > ul > li { display: inline !important; margin: 0 !important; padding: 0 !important; }
  cookie-consent > ul > li:not(:last-child)::after { content: ' · '; font-weight: 400; }
`;
