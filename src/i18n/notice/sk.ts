import type { NoticeTable } from './fr.js';

const sk: NoticeTable = {
  noticeTitle: 'Súbory cookie na tejto stránke',
  noticeText: 'Táto stránka používa súbory cookie na svoju prevádzku, meranie návštevnosti a zlepšovanie služieb. Svoje voľby môžete kedykoľvek zmeniť.',
  optOutText: 'Táto stránka používa súbory cookie na svoju prevádzku, meranie návštevnosti a zobrazovanie reklám. Môžete odmietnuť predaj alebo zdieľanie svojich osobných údajov a svoje voľby kedykoľvek zmeniť.',
  noticeOk: 'OK',
  doNotSell: 'Nepredávať ani nezdieľať moje osobné údaje',
  gpcHonored: 'Žiadosť o odmietnutie bola vybavená',
  gpcHonoredText: 'Váš prehliadač odoslal signál Global Privacy Control: vaše osobné údaje nepredávame ani nezdieľame.',
  noticeClose: 'Zavrieť',
};

export default sk;
