import type { NoticeTable } from './fr.js';

const it: NoticeTable = {
  noticeTitle: 'Cookie su questo sito',
  noticeText: 'Questo sito utilizza cookie per funzionare, misurare il pubblico e migliorare i propri servizi. Puoi modificare le tue scelte in qualsiasi momento.',
  optOutText: 'Questo sito utilizza cookie per funzionare, misurare il pubblico e mostrarti pubblicità. Puoi opporti alla vendita o alla condivisione delle tue informazioni personali e modificare le tue scelte in qualsiasi momento.',
  noticeOk: 'OK',
  doNotSell: 'Non vendere né condividere le mie informazioni personali',
  gpcHonored: 'Richiesta di opposizione rispettata',
  gpcHonoredText: 'Il tuo browser ha inviato un segnale Global Privacy Control: non vendiamo né condividiamo le tue informazioni personali.',
  noticeClose: 'Chiudi',
};

export default it;
