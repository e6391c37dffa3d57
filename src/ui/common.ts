/**
 * dist/texts.js: what every UI module shares (the language table, text and DOM helpers), with the gates' default
 * placeholder. A first visit needs both (the banner, and placeholders while undecided), and a returning visitor who
 * refused needs both: one file rather than two is one request less and about 0.2 KB less to download.
 */
export * from './texts.js';
export { renderPlaceholder } from './placeholder/placeholder.js';
