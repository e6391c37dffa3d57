import type { NoticeTable } from './fr.js';

const cs: NoticeTable = {
  noticeTitle: 'Cookies na tomto webu',
  noticeText: 'Tento web používá cookies ke svému provozu, měření návštěvnosti a zlepšování služeb. Svou volbu můžete kdykoli změnit.',
  optOutText: 'Tento web používá cookies ke svému provozu, měření návštěvnosti a zobrazování reklam. Můžete odmítnout prodej nebo sdílení svých osobních údajů a svou volbu kdykoli změnit.',
  noticeOk: 'OK',
  doNotSell: 'Neprodávat ani nesdílet mé osobní údaje',
  gpcHonored: 'Žádost o odmítnutí byla vyřízena',
  gpcHonoredText: 'Váš prohlížeč odeslal signál Global Privacy Control: vaše osobní údaje neprodáváme ani nesdílíme.',
  noticeClose: 'Zavřít',
};

export default cs;
