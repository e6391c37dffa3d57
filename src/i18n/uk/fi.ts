import type { UkTable } from './fr.js';

const fi: UkTable = {
  objectableText: 'Käytössä, kunnes vastustat: {list}. ”Hylkää kaikki” poistaa myös ne käytöstä.',
};

export default fi;
