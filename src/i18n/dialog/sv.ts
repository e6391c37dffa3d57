import type { DialogTable } from './fr.js';

const sv: DialogTable = {
  save: 'Spara mina val',
  close: 'Stäng',
  dialogTitle: 'Anpassa dina val',
  dialogText:
    'Den färgade kanten visar om kakor och profilering är tillåtna (grön) eller avvisade (röd). Du kan när som helst ändra dina val.',
  granted: 'Tillåten',
  denied: 'Avvisad',
  alwaysOn: 'Alltid aktiv',
  partial: 'Delvis',
  grantedCount: 'Tillåtna: {granted} av {total}',
  servicesOne: '{count} tjänst',
  servicesOther: '{count} tjänster',
  provider: 'Företag: {provider}',
  servicePrivacy: 'Integritetspolicy för {service}',
  cookiesCaption: 'Kakor och spårare från {service}',
  cookieName: 'Namn',
  cookieDuration: 'Lagringstid',
  cookiePurpose: 'Ändamål',
  localStorage: 'lokal lagring',
  sessionStorage: 'sessionslagring',
  cookieDomain: 'sätts av {domain}',
  session: 'session',
  persistent: 'tills den raderas',
  noCookies: 'Inga kakor har angetts.',
  categoryCookies: 'Kakor: {list}',
  yourChoice: 'Ditt val: {state}',
  undecided: 'inget val har sparats ännu',
  editChoices: 'Ändra mina val',
  gpcNotice:
    'Din webbläsare har skickat en signal om att du inte samtycker (Global Privacy Control): vi har respekterat den genom att avvisa valfria kakor. Du kan ändå acceptera vissa nedan.',
  necessaryDescription: 'De är nödvändiga för att webbplatsen ska fungera, sparar bland annat dina val om kakor och kan inte stängas av.',
  analyticsDescription: 'Låter oss mäta hur många som besöker webbplatsen och vilka delar som används, så att vi kan förbättra dem.',
  socialDescription:
    'Gör det möjligt att dela innehåll, se inlägg från sociala medier (Telegram, videor m.m.) och använda kommentarsfälten.',
  adsDescription: 'Låter oss visa annonser som är anpassade efter dina intressen och skapa profiler för att mäta hur väl de fungerar.',
};

export default sv;
