/** Styles of the default placeholder, adopted by each gate's shadow root (constructable sheet: no inline style). */
export const placeholderStyles = `
  .placeholder {
    box-sizing: border-box;
    padding: var(--cc-spacing, 1rem);
    border: 1px dashed var(--cc-border, #767676);
    border-inline-start: 0.5rem solid var(--cc-denied, #b3261e);
    border-radius: var(--cc-radius, 0.5rem);
    background: var(--cc-bg, #ffffff);
    color: var(--cc-text, #1b1b1b);
    font: 400 0.9375rem/1.5 var(--cc-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
  }
  p { margin: 0 0 0.75rem; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.75rem 1.25rem; align-items: center; }
  button {
    font: 600 0.9375rem/1.2 var(--cc-font, system-ui, sans-serif);
    min-height: 2.75rem;
    padding: 0.625rem 1.25rem;
    border-radius: var(--cc-radius, 0.5rem);
    border: 2px solid var(--cc-button-bg, #1e3a8a);
    background: var(--cc-button-bg, #1e3a8a);
    color: var(--cc-button-text, #ffffff);
    cursor: pointer;
  }
  a { color: var(--cc-link, #1e3a8a); text-underline-offset: 0.15em; }
  :focus-visible { outline: 3px solid var(--cc-focus, #b45309); outline-offset: 2px; }
`;
