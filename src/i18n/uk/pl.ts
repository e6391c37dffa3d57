import type { UkTable } from './fr.js';

const pl: UkTable = {
  objectableText: 'Włączone, dopóki się nie sprzeciwisz: {list}. „Odrzuć wszystkie” także je wyłącza.',
};

export default pl;
