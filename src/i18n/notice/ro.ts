import type { NoticeTable } from './fr.js';

const ro: NoticeTable = {
  noticeTitle: 'Cookie-uri pe acest site',
  noticeText: 'Acest site folosește cookie-uri pentru a funcționa, a-și măsura audiența și a-și îmbunătăți serviciile. Vă puteți schimba alegerile oricând.',
  optOutText: 'Acest site folosește cookie-uri pentru a funcționa, a-și măsura audiența și a vă afișa reclame. Vă puteți opune vânzării sau partajării informațiilor dumneavoastră personale și vă puteți schimba alegerile oricând.',
  noticeOk: 'OK',
  doNotSell: 'Nu vindeți și nu partajați informațiile mele personale',
  gpcHonored: 'Cererea de opoziție a fost respectată',
  gpcHonoredText: 'Browserul dumneavoastră a trimis un semnal Global Privacy Control: nu vindem și nu partajăm informațiile dumneavoastră personale.',
  noticeClose: 'Închide',
};

export default ro;
