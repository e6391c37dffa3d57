import type { NoticeTable } from './fr.js';

const lv: NoticeTable = {
  noticeTitle: 'Sīkdatnes šajā vietnē',
  noticeText: 'Šī vietne izmanto sīkdatnes, lai darbotos, mērītu apmeklējumu un uzlabotu savus pakalpojumus. Savu izvēli varat mainīt jebkurā laikā.',
  optOutText: 'Šī vietne izmanto sīkdatnes, lai darbotos, mērītu apmeklējumu un rādītu jums reklāmas. Varat atteikties no savas personiskās informācijas pārdošanas vai kopīgošanas un jebkurā laikā mainīt savu izvēli.',
  noticeOk: 'Labi',
  doNotSell: 'Nepārdot un nekopīgot manu personisko informāciju',
  gpcHonored: 'Atteikuma pieprasījums izpildīts',
  gpcHonoredText: 'Jūsu pārlūks nosūtīja Global Privacy Control signālu: mēs nepārdodam un nekopīgojam jūsu personisko informāciju.',
  noticeClose: 'Aizvērt',
};

export default lv;
