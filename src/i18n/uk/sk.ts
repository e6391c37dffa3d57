import type { UkTable } from './fr.js';

const sk: UkTable = {
  objectableText: 'Zapnuté, kým nevznesiete námietku: {list}. „Odmietnuť všetko“ ich tiež vypne.',
};

export default sk;
