import type { NoticeTable } from './fr.js';

const sl: NoticeTable = {
  noticeTitle: 'Piškotki na tem spletnem mestu',
  noticeText: 'To spletno mesto uporablja piškotke za delovanje, merjenje obiska in izboljšanje storitev. Svoje izbire lahko kadar koli spremenite.',
  optOutText: 'To spletno mesto uporablja piškotke za delovanje, merjenje obiska in prikazovanje oglasov. Prodaji ali deljenju svojih osebnih podatkov lahko nasprotujete in svoje izbire kadar koli spremenite.',
  noticeOk: 'V redu',
  doNotSell: 'Ne prodajajte in ne delite mojih osebnih podatkov',
  gpcHonored: 'Zahteva za zavrnitev je upoštevana',
  gpcHonoredText: 'Vaš brskalnik je poslal signal Global Privacy Control: vaših osebnih podatkov ne prodajamo in ne delimo.',
  noticeClose: 'Zapri',
};

export default sl;
