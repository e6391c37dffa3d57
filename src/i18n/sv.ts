import type { LanguageTable } from './fr.js';

const sv: LanguageTable = {
  bannerTitle: 'Dina val om kakor',
  bannerText:
    'Den här webbplatsen använder kakor för att driva och förbättra sina tjänster. Genom att klicka på ”Acceptera alla” samtycker du till att kakor lagras på och läses från din enhet för följande ändamål:',
  rejectInfo: 'Om du klickar på ”Avvisa alla” lagras endast tekniska kakor som är absolut nödvändiga för att webbplatsen ska fungera.',
  changeInfo: 'Du kan när som helst ändra dina val under ”Anpassa”.',
  privacyText: 'Läs mer om dina rättigheter och om hur vi använder kakor i vår',
  privacyLink: 'integritetspolicy',
  acceptAll: 'Acceptera alla',
  rejectAll: 'Avvisa alla',
  customize: 'Anpassa',
  continueWithoutAccepting: 'Fortsätt utan att acceptera',
  manageCookies: 'Hantera kakor',
  gateText:
    'För att visa det här innehållet och kunna kommentera behöver du acceptera kakor i kategorin ”{category}”, här eller under ”Anpassa”.',
  gateAccept: 'Acceptera kakor i kategorin ”{category}”',
  gateSettings: 'Anpassa',
  gateTextService: 'För att visa det här innehållet behöver du tillåta tjänsten ”{service}” ({category}), här eller under ”Anpassa”.',
  gateAcceptService: 'Acceptera ”{service}”',
  showCompanies: 'Visa listan över företag',
  necessaryTitle: 'Tekniska kakor',
  analyticsTitle: 'Besöksstatistik',
  socialTitle: 'Sociala medier',
  adsTitle: 'Annonser och profilering',
};

export default sv;
