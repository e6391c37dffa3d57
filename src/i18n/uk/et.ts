import type { UkTable } from './fr.js';

const et: UkTable = {
  objectableText: 'Sees, kuni te vastu ei ole: {list}. „Keeldu kõigist“ lülitab need samuti välja.',
};

export default et;
