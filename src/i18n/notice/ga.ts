import type { NoticeTable } from './fr.js';

const ga: NoticeTable = {
  noticeTitle: 'Fianáin ar an suíomh seo',
  noticeText: 'Úsáideann an suíomh seo fianáin chun feidhmiú, chun a lucht féachana a thomhas agus chun a sheirbhísí a fheabhsú. Is féidir leat do roghanna a athrú am ar bith.',
  optOutText: 'Úsáideann an suíomh seo fianáin chun feidhmiú, chun a lucht féachana a thomhas agus chun fógraí a thaispeáint duit. Is féidir leat diúltú do dhíol nó do chomhroinnt d’fhaisnéise pearsanta, agus do roghanna a athrú am ar bith.',
  noticeOk: 'OK',
  doNotSell: 'Ná díol ná comhroinn m’fhaisnéis phearsanta',
  gpcHonored: 'Comhlíonadh an t-iarratas diúltaithe',
  gpcHonoredText: 'Sheol do bhrabhsálaí comhartha Global Privacy Control: ní dhíolaimid ná ní chomhroinnimid d’fhaisnéis phearsanta.',
  noticeClose: 'Dún',
};

export default ga;
