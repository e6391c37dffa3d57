import type { UkTable } from './fr.js';

const es: UkTable = {
  objectableText: 'Activadas hasta que se oponga: {list}. «Rechazar todo» también las desactiva.',
};

export default es;
