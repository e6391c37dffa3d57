import type { NoticeTable } from './fr.js';

const da: NoticeTable = {
  noticeTitle: 'Cookies på dette websted',
  noticeText: 'Dette websted bruger cookies til at fungere, måle trafikken og forbedre sine tjenester. Du kan til enhver tid ændre dine valg.',
  optOutText: 'Dette websted bruger cookies til at fungere, måle trafikken og vise dig annoncer. Du kan fravælge salg eller deling af dine personoplysninger og til enhver tid ændre dine valg.',
  noticeOk: 'OK',
  doNotSell: 'Sælg eller del ikke mine personoplysninger',
  gpcHonored: 'Anmodning om fravalg efterkommet',
  gpcHonoredText: 'Din browser sendte et Global Privacy Control-signal: vi sælger eller deler ikke dine personoplysninger.',
  noticeClose: 'Luk',
};

export default da;
