import type { UkTable } from './fr.js';

const en: UkTable = {
  objectableText: 'On until you object: {list}. “Reject all” switches them off too.',
};

export default en;
