import type { UkTable } from './fr.js';

const de: UkTable = {
  objectableText: 'Aktiv, bis Sie widersprechen: {list}. „Alle ablehnen“ schaltet sie ebenfalls ab.',
};

export default de;
