import type { NoticeTable } from './fr.js';

const nl: NoticeTable = {
  noticeTitle: 'Cookies op deze site',
  noticeText: 'Deze site gebruikt cookies om te werken, het bezoek te meten en zijn diensten te verbeteren. U kunt uw keuzes op elk moment wijzigen.',
  optOutText: 'Deze site gebruikt cookies om te werken, het bezoek te meten en u advertenties te tonen. U kunt bezwaar maken tegen de verkoop of het delen van uw persoonsgegevens en uw keuzes op elk moment wijzigen.',
  noticeOk: 'OK',
  doNotSell: 'Mijn persoonsgegevens niet verkopen of delen',
  gpcHonored: 'Bezwaarverzoek gehonoreerd',
  gpcHonoredText: 'Uw browser stuurde een Global Privacy Control-signaal: wij verkopen of delen uw persoonsgegevens niet.',
  noticeClose: 'Sluiten',
};

export default nl;
