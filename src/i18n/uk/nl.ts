import type { UkTable } from './fr.js';

const nl: UkTable = {
  objectableText: 'Aan totdat u bezwaar maakt: {list}. ‘Alles weigeren’ zet ze ook uit.',
};

export default nl;
