import type { UkTable } from './fr.js';

const mt: UkTable = {
  objectableText: 'Mixgħula sakemm toġġezzjona: {list}. “Irrifjuta kollox” jitfihom ukoll.',
};

export default mt;
