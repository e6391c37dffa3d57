import type { UkTable } from './fr.js';

const cs: UkTable = {
  objectableText: 'Zapnuto, dokud nevznesete námitku: {list}. „Odmítnout vše“ je také vypne.',
};

export default cs;
