import type { UkTable } from './fr.js';

const da: UkTable = {
  objectableText: 'Slået til, indtil du gør indsigelse: {list}. „Afvis alle“ slår dem også fra.',
};

export default da;
