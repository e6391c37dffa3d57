import type { UkTable } from './fr.js';

const sl: UkTable = {
  objectableText: 'Vklopljeno, dokler ne ugovarjate: {list}. »Zavrni vse« jih prav tako izklopi.',
};

export default sl;
