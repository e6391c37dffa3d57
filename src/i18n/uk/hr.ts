import type { UkTable } from './fr.js';

const hr: UkTable = {
  objectableText: 'Uključeno dok se ne usprotivite: {list}. „Odbij sve” ih također isključuje.',
};

export default hr;
