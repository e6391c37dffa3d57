import type { UkTable } from './fr.js';

const it: UkTable = {
  objectableText: 'Attivi finché non ti opponi: {list}. «Rifiuta tutto» li disattiva anche.',
};

export default it;
