import type { UkTable } from './fr.js';

const el: UkTable = {
  objectableText: 'Ενεργά μέχρι να αντιταχθείτε: {list}. Το «Απόρριψη όλων» τα απενεργοποιεί επίσης.',
};

export default el;
