/** The notice's styles: the banner's --cc-* custom properties, a non-modal bar (or a small corner box for GPC). */
export const noticeStyles = `
  :host {
    color-scheme: light dark;
    --_bg: var(--cc-bg, light-dark(#ffffff, #1c1c21));
    --_text: var(--cc-text, light-dark(#1b1b1b, #f2f2f4));
    --_button-bg: var(--cc-button-bg, light-dark(#1e3a8a, #b9ccff));
    --_button-text: var(--cc-button-text, light-dark(#ffffff, #0d1a40));
    --_secondary-text: var(--cc-secondary-text, light-dark(#1e3a8a, #b9ccff));
    --_focus: var(--cc-focus, light-dark(#b45309, #fbbf24));
    --_border: var(--cc-border, light-dark(#767676, #8e8e98));
    --_radius: var(--cc-radius, 0.5rem);
    --_space: var(--cc-spacing, 1rem);
    position: fixed;
    z-index: var(--cc-z-index, 2147483000);
    inset: auto 0 0 0;
  }
  :host([kind='gpc']) { inset: auto auto var(--_space) var(--_space); }
  section {
    max-height: 60vh;
    overflow: auto;
    box-sizing: border-box;
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.5);
    background: var(--_bg);
    color: var(--_text);
    border-top: 1px solid var(--_border);
    box-shadow: 0 -0.25rem 1.5rem rgb(0 0 0 / 0.15);
    font: 400 0.9375rem/1.5 var(--cc-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 2rem;
    align-items: center;
  }
  section.gpc { max-width: min(24rem, calc(100vw - 2 * var(--_space))); border: 1px solid var(--_border); border-radius: var(--_radius); flex-wrap: nowrap; align-items: start; gap: 0.5rem; }
  .text { flex: 1 1 20rem; }
  h2 { font-size: 1rem; margin: 0 0 0.25rem; }
  p { margin: 0; }
  a { color: var(--_secondary-text); }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
  button {
    font: inherit;
    font-weight: 600;
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_button-bg);
    background: var(--_button-bg);
    color: var(--_button-text);
    cursor: pointer;
  }
  button.secondary, button.close { background: transparent; color: var(--_secondary-text); }
  button.close { border: 0; padding: 0 0.25rem; font-size: 1.25rem; line-height: 1; }
  :focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
`;
