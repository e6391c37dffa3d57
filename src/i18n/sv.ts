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
  save: 'Spara mina val',
  close: 'Stäng',
  dialogTitle: 'Anpassa dina val',
  dialogText:
    'Den färgade kanten visar om kakor och profilering är tillåtna (grön) eller avvisade (röd). Du kan när som helst ändra dina val.',
  granted: 'Tillåten',
  denied: 'Avvisad',
  alwaysOn: 'Alltid aktiv',
  continueWithoutAccepting: 'Fortsätt utan att acceptera',
  manageCookies: 'Hantera kakor',
  gpcNotice:
    'Din webbläsare har skickat en signal om att du inte samtycker (Global Privacy Control): vi har respekterat den genom att avvisa valfria kakor. Du kan ändå acceptera vissa nedan.',
  gateText:
    'För att visa det här innehållet och kunna kommentera behöver du acceptera kakor i kategorin ”{category}”, här eller under ”Anpassa”.',
  gateAccept: 'Acceptera kakor i kategorin ”{category}”',
  gateSettings: 'Anpassa',
  necessaryTitle: 'Tekniska kakor',
  necessaryDescription: 'De är nödvändiga för att webbplatsen ska fungera, sparar bland annat dina val om kakor och kan inte stängas av.',
  analyticsTitle: 'Besöksstatistik',
  analyticsDescription: 'Låter oss mäta hur många som besöker webbplatsen och vilka delar som används, så att vi kan förbättra dem.',
  socialTitle: 'Sociala medier',
  socialDescription:
    'Gör det möjligt att dela innehåll, se inlägg från sociala medier (Telegram, videor m.m.) och använda kommentarsfälten.',
  adsTitle: 'Annonser och profilering',
  adsDescription: 'Låter oss visa annonser som är anpassade efter dina intressen och skapa profiler för att mäta hur väl de fungerar.',
};

export default sv;
