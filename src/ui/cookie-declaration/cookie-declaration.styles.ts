/**
 * Styles of `<cookie-declaration>`: page content, so it takes the page's font and colours; the bands and the state
 * words use the same --cc-* custom properties as the banner. Printable: no button, links followed by their address.
 */
export const declarationStyles = `
  :host {
    display: block;
    --_text: var(--cc-text, inherit);
    --_muted: var(--cc-text-muted, light-dark(#4a4a4a, #c8c8cf));
    --_link: var(--cc-link, light-dark(#1e3a8a, #b9ccff));
    --_button-bg: var(--cc-button-bg, light-dark(#1e3a8a, #b9ccff));
    --_button-text: var(--cc-button-text, light-dark(#ffffff, #0d1a40));
    --_focus: var(--cc-focus, light-dark(#b45309, #fbbf24));
    --_granted: var(--cc-granted, light-dark(#17703a, #4ade80));
    --_denied: var(--cc-denied, light-dark(#b3261e, #ff8a80));
    --_partial: var(--cc-partial, light-dark(#7a4d00, #f5c26b));
    --_border: var(--cc-border, light-dark(#767676, #8e8e98));
    --_radius: var(--cc-radius, 0.5rem);
    --_space: var(--cc-spacing, 1rem);
    color: var(--_text);
  }
  :host([hidden]) { display: none; }
  :host([theme='light']) { color-scheme: light; }
  :host([theme='dark']) { color-scheme: dark; }
  .category {
    margin: 0 0 var(--_space);
    padding: 0.25rem 0 0.25rem var(--_space);
    border-inline-start: 0.375rem solid var(--_denied);
  }
  .category[data-state='granted'] { border-inline-start-color: var(--_granted); }
  .category[data-state='partial'] { border-inline-start: 0.375rem double var(--_partial); }
  .heading { margin: 0 0 0.25rem; font-size: 1.25em; font-weight: 700; line-height: 1.3; }
  .service .heading { font-size: 1.05em; }
  p { margin: 0 0 0.5rem; }
  .choice { font-weight: 600; }
  .choice [data-state='granted'] { color: var(--_granted); }
  .choice [data-state='denied'] { color: var(--_denied); }
  .choice [data-state='partial'] { color: var(--_partial); }
  .services { list-style: none; margin: 0.5rem 0 0; padding: 0; display: grid; gap: var(--_space); }
  .service { padding: 0.5rem 0.75rem; border: 1px solid var(--_border); border-radius: var(--_radius); }
  .provider { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
  a { color: var(--_link); text-underline-offset: 0.15em; }
  .note { display: block; font-size: 0.875em; color: var(--_muted); }
  .cookie-table { width: 100%; border-collapse: collapse; font-size: 0.9em; }
  .cookie-table caption { text-align: start; font-weight: 600; padding-bottom: 0.25rem; }
  .cookie-table th, .cookie-table td {
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  button {
    font: inherit;
    font-weight: 600;
    min-height: 2.75rem;
    padding: 0.625rem 1.25rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_button-bg);
    background: var(--_button-bg);
    color: var(--_button-text);
    cursor: pointer;
  }
  :focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  @media print {
    :host { color: #000; }
    .actions { display: none; }
    .category, .service, tr { break-inside: avoid; }
    .heading { break-after: avoid; }
    .service, .cookie-table th, .cookie-table td { border-color: #000; }
    a { color: #000; }
    a[href]::after { content: ' (' attr(href) ')'; font-size: 0.875em; }
    .choice [data-state] { color: #000; }
  }
`;
