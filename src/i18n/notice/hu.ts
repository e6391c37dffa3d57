import type { NoticeTable } from './fr.js';

const hu: NoticeTable = {
  noticeTitle: 'Sütik ezen a webhelyen',
  noticeText: 'Ez a webhely sütiket használ a működéséhez, a látogatottság méréséhez és szolgáltatásai fejlesztéséhez. Választásait bármikor módosíthatja.',
  optOutText: 'Ez a webhely sütiket használ a működéséhez, a látogatottság méréséhez és hirdetések megjelenítéséhez. Megtilthatja személyes adatai eladását vagy megosztását, és választásait bármikor módosíthatja.',
  noticeOk: 'OK',
  doNotSell: 'Ne adják el és ne osszák meg a személyes adataimat',
  gpcHonored: 'A tiltakozási kérelmet teljesítettük',
  gpcHonoredText: 'Böngészője Global Privacy Control jelzést küldött: nem adjuk el és nem osztjuk meg személyes adatait.',
  noticeClose: 'Bezárás',
};

export default hu;
