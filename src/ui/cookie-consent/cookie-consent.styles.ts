import { css } from 'lit';

export const styles = css`
  :host {
    display: contents;
    --_bg: var(--cc-bg, #ffffff);
    --_text: var(--cc-text, #1b1b1b);
    --_muted: var(--cc-text-muted, #4a4a4a);
    --_button-bg: var(--cc-button-bg, #1e3a8a);
    --_button-text: var(--cc-button-text, #ffffff);
    --_secondary-bg: var(--cc-secondary-bg, transparent);
    --_secondary-text: var(--cc-secondary-text, #1e3a8a);
    --_link: var(--cc-link, #1e3a8a);
    --_focus: var(--cc-focus, #b45309);
    --_granted: var(--cc-granted, #17703a);
    --_denied: var(--cc-denied, #b3261e);
    --_border: var(--cc-border, #767676);
    --_radius: var(--cc-radius, 0.5rem);
    --_space: var(--cc-spacing, 1rem);
    --_font: var(--cc-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
  }

  .banner,
  dialog {
    box-sizing: border-box;
    background: var(--_bg);
    color: var(--_text);
    font: 400 0.9375rem/1.5 var(--_font);
  }

  .banner {
    position: fixed;
    inset: auto 0 0 0;
    z-index: var(--cc-z-index, 2147483000);
    max-height: 75vh;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-top: 1px solid var(--_border);
    box-shadow: 0 -0.25rem 1.5rem rgb(0 0 0 / 0.15);
    display: flex;
    gap: calc(var(--_space) * 0.75) calc(var(--_space) * 2);
    align-items: center;
  }

  .banner[hidden] {
    display: none;
  }

  /* The text scrolls on a small screen; the buttons always stay in view. */
  .text {
    flex: 1;
    min-height: 0;
    max-height: 100%;
    overflow: auto;
  }

  @media (max-width: 48rem) {
    .banner {
      flex-direction: column;
      align-items: stretch;
      padding: 0.75rem var(--_space);
    }
  }

  h2 {
    margin: 0 0 0.25rem;
    font-size: 1.0625rem;
    line-height: 1.3;
  }

  p {
    margin: 0 0 0.5rem;
  }

  .purposes {
    margin: 0 0 0.5rem;
    padding: 0;
    list-style: none;
    font-weight: 600;
  }

  .purposes li {
    display: inline;
  }

  .purposes li:not(:last-child)::after {
    content: ' · ';
    font-weight: 400;
  }

  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .banner .actions {
    flex: none;
    flex-direction: column;
    min-width: 13rem;
  }

  @media (max-width: 48rem) {
    .banner .actions {
      flex-direction: row;
    }
    .banner .actions button {
      flex: 1 1 10rem;
    }
  }

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
  .choice {
    background: var(--_button-bg);
    color: var(--_button-text);
  }

  .secondary {
    background: var(--_secondary-bg);
    color: var(--_secondary-text);
  }

  button:hover {
    filter: brightness(1.15);
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  dialog {
    width: min(40rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 0.5rem 2rem rgb(0 0 0 / 0.3);
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }

  .dialog-head {
    display: flex;
    justify-content: space-between;
    align-items: start;
    gap: var(--_space);
  }

  .close {
    padding: 0.25rem 0.75rem;
    font-size: 1.25rem;
    background: transparent;
    color: var(--_text);
    border-color: transparent;
  }

  .categories {
    list-style: none;
    margin: var(--_space) 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }

  /* The seed's "bandeau de couleur": green when allowed, red when refused, with the word beside it. */
  .category {
    padding: 0.75rem var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 0.5rem solid var(--_denied);
    border-radius: var(--_radius);
  }

  .category[data-state='granted'] {
    border-inline-start-color: var(--_granted);
  }

  .category-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: var(--_space);
  }

  .category label {
    font-weight: 600;
    cursor: pointer;
  }

  .category p {
    margin: 0.25rem 0 0;
    color: var(--_muted);
  }

  .status {
    font-size: 0.875rem;
    font-weight: 600;
    color: var(--_denied);
  }

  [data-state='granted'] .status {
    color: var(--_granted);
  }

  .switch {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }

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
    background: #ffffff;
    transition: transform 0.15s;
  }

  input[role='switch']:checked {
    background: var(--_granted);
  }

  input[role='switch']:checked::before {
    transform: translateX(1.25rem);
  }

  input[role='switch']:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
