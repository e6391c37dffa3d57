import type { NoticeTable } from './fr.js';

const de: NoticeTable = {
  noticeTitle: 'Cookies auf dieser Website',
  noticeText: 'Diese Website verwendet Cookies, um zu funktionieren, ihre Reichweite zu messen und ihre Dienste zu verbessern. Sie können Ihre Auswahl jederzeit ändern.',
  optOutText: 'Diese Website verwendet Cookies, um zu funktionieren, ihre Reichweite zu messen und Ihnen Werbung zu zeigen. Sie können dem Verkauf oder der Weitergabe Ihrer personenbezogenen Daten widersprechen und Ihre Auswahl jederzeit ändern.',
  noticeOk: 'OK',
  doNotSell: 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
  gpcHonored: 'Widerspruch berücksichtigt',
  gpcHonoredText: 'Ihr Browser hat ein Global-Privacy-Control-Signal gesendet: Wir verkaufen Ihre personenbezogenen Daten nicht und geben sie nicht weiter.',
  noticeClose: 'Schließen',
};

export default de;
