import type { UkTable } from './fr.js';

const bg: UkTable = {
  objectableText: 'Включени, докато не възразите: {list}. „Отказвам всички“ също ги изключва.',
};

export default bg;
