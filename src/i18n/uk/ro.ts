import type { UkTable } from './fr.js';

const ro: UkTable = {
  objectableText: 'Active până vă opuneți: {list}. „Respinge toate” le dezactivează și pe acestea.',
};

export default ro;
