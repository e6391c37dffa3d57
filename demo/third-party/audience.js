// Stands in for an audience-measurement script.
// As long as the analytics preset the demo declares says (Google Analytics' _ga_*: 2 years; Chromium keeps 400 days).
document.cookie = '_ga_demo=1; path=/; max-age=63072000';
console.info('[demo] audience measurement started');
