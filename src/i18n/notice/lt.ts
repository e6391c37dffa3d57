import type { NoticeTable } from './fr.js';

const lt: NoticeTable = {
  noticeTitle: 'Slapukai šioje svetainėje',
  noticeText: 'Ši svetainė naudoja slapukus, kad veiktų, matuotų lankomumą ir gerintų savo paslaugas. Savo pasirinkimus galite bet kada pakeisti.',
  optOutText: 'Ši svetainė naudoja slapukus, kad veiktų, matuotų lankomumą ir rodytų jums reklamas. Galite atsisakyti, kad jūsų asmeninė informacija būtų parduodama ar ja būtų dalijamasi, ir bet kada pakeisti savo pasirinkimus.',
  noticeOk: 'Gerai',
  doNotSell: 'Neparduoti ir nesidalyti mano asmenine informacija',
  gpcHonored: 'Atsisakymo prašymas įvykdytas',
  gpcHonoredText: 'Jūsų naršyklė atsiuntė Global Privacy Control signalą: mes neparduodame jūsų asmeninės informacijos ir ja nesidaliname.',
  noticeClose: 'Uždaryti',
};

export default lt;
