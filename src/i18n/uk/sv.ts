import type { UkTable } from './fr.js';

const sv: UkTable = {
  objectableText: 'På tills du invänder: {list}. ”Avvisa alla” stänger också av dem.',
};

export default sv;
