import type { UkTable } from './fr.js';

const lv: UkTable = {
  objectableText: 'Ieslēgtas, līdz jūs iebilstat: {list}. “Noraidīt visas” tās arī izslēdz.',
};

export default lv;
