/** Styles of the floating button (a constructable sheet: no inline style). */
export const floatingButtonStyles = `
  button {
    position: fixed; z-index: var(--cc-z-index, 2147483000); bottom: 1rem; inset-inline-start: 1rem;
    width: 2.75rem; height: 2.75rem; padding: 0.5rem; border-radius: 50%; cursor: pointer;
    border: 2px solid var(--cc-button-bg, #1e3a8a); background: var(--cc-bg, #ffffff); color: var(--cc-button-bg, #1e3a8a);
    box-shadow: 0 0.125rem 0.5rem rgb(0 0 0 / 0.25);
  }
  :host([side='end']) button { inset-inline-start: auto; inset-inline-end: 1rem; }
  button:focus-visible { outline: 3px solid var(--cc-focus, #b45309); outline-offset: 2px; }
  svg { width: 100%; height: 100%; fill: currentColor; }
`;
