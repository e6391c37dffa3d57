import type { UkTable } from './fr.js';

const lt: UkTable = {
  objectableText: 'Įjungta, kol neprieštaraujate: {list}. „Atmesti visus“ juos taip pat išjungia.',
};

export default lt;
