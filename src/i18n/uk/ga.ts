import type { UkTable } from './fr.js';

const ga: UkTable = {
  objectableText: 'Ar siúl go dtí go ndéanann tú agóid: {list}. Múchann “Diúltaigh do gach fianán” iad freisin.',
};

export default ga;
