import type { NoticeTable } from './fr.js';

const sv: NoticeTable = {
  noticeTitle: 'Kakor på den här webbplatsen',
  noticeText: 'Den här webbplatsen använder kakor för att fungera, mäta besöken och förbättra sina tjänster. Du kan ändra dina val när som helst.',
  optOutText: 'Den här webbplatsen använder kakor för att fungera, mäta besöken och visa dig annonser. Du kan motsätta dig försäljning eller delning av dina personuppgifter och ändra dina val när som helst.',
  noticeOk: 'OK',
  doNotSell: 'Sälj eller dela inte mina personuppgifter',
  gpcHonored: 'Begäran om avregistrering har tillgodosetts',
  gpcHonoredText: 'Din webbläsare skickade en Global Privacy Control-signal: vi säljer eller delar inte dina personuppgifter.',
  noticeClose: 'Stäng',
};

export default sv;
