import type { NoticeTable } from './fr.js';

const hr: NoticeTable = {
  noticeTitle: 'Kolačići na ovoj stranici',
  noticeText: 'Ova stranica koristi kolačiće za rad, mjerenje posjećenosti i poboljšanje svojih usluga. Svoje odabire možete promijeniti u bilo kojem trenutku.',
  optOutText: 'Ova stranica koristi kolačiće za rad, mjerenje posjećenosti i prikazivanje oglasa. Možete odbiti prodaju ili dijeljenje svojih osobnih podataka i promijeniti odabire u bilo kojem trenutku.',
  noticeOk: 'U redu',
  doNotSell: 'Ne prodaj i ne dijeli moje osobne podatke',
  gpcHonored: 'Zahtjev za odbijanje je poštovan',
  gpcHonoredText: 'Vaš je preglednik poslao signal Global Privacy Control: ne prodajemo i ne dijelimo vaše osobne podatke.',
  noticeClose: 'Zatvori',
};

export default hr;
