import type { UkTable } from './fr.js';

const pt: UkTable = {
  objectableText: 'Ativados até se opor: {list}. «Rejeitar tudo» também os desativa.',
};

export default pt;
