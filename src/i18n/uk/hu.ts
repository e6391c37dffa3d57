import type { UkTable } from './fr.js';

const hu: UkTable = {
  objectableText: 'Bekapcsolva, amíg nem tiltakozik: {list}. A „Mindet elutasítom” ezeket is kikapcsolja.',
};

export default hu;
