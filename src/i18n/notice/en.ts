import type { NoticeTable } from './fr.js';

// The US strings exactly as the CCPA texts word them: the link title of Civ. Code §1798.135 and the example of
// regulations §7025(c)(6) (README: Regimes).
const en: NoticeTable = {
  noticeTitle: 'Cookies on this site',
  noticeText: 'This site uses cookies to run, measure its audience and improve its services. You can change your choices at any time.',
  optOutText: 'This site uses cookies to run, measure its audience and show you ads. You can opt out of the sale or sharing of your personal information, and change your choices at any time.',
  noticeOk: 'OK',
  doNotSell: 'Do Not Sell or Share My Personal Information',
  gpcHonored: 'Opt-Out Request Honored',
  gpcHonoredText: 'Your browser sent a Global Privacy Control signal: we do not sell or share your personal information.',
  noticeClose: 'Close',
};

export default en;
