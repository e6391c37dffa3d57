import type { DialogTable } from './fr.js';

const nl: DialogTable = {
  save: 'Mijn keuzes opslaan',
  close: 'Sluiten',
  dialogTitle: 'Uw keuzes aanpassen',
  dialogText:
    'De gekleurde balk geeft aan of het plaatsen van cookies en profilering zijn toegestaan (groen) of geweigerd (rood). U kunt uw keuzes op elk moment wijzigen.',
  granted: 'Toegestaan',
  denied: 'Geweigerd',
  alwaysOn: 'Altijd actief',
  partial: 'Gedeeltelijk',
  grantedCount: 'Toegestaan: {granted} van {total}',
  servicesOne: '{count} dienst',
  servicesOther: '{count} diensten',
  provider: 'Bedrijf: {provider}',
  servicePrivacy: 'Privacyverklaring van {service}',
  cookiesCaption: 'Cookies en trackers van {service}',
  cookieName: 'Naam',
  cookieDuration: 'Bewaartermijn',
  cookiePurpose: 'Doel',
  localStorage: 'lokale opslag',
  sessionStorage: 'sessieopslag',
  cookieDomain: 'geplaatst door {domain}',
  session: 'sessie',
  persistent: 'tot verwijdering',
  noCookies: 'Geen cookies opgegeven.',
  categoryCookies: 'Cookies: {list}',
  yourChoice: 'Uw keuze: {state}',
  undecided: 'nog geen keuze opgeslagen',
  editChoices: 'Mijn keuzes wijzigen',
  gpcNotice:
    'Uw browser heeft ons een weigeringssignaal gestuurd (Global Privacy Control): we hebben dat gerespecteerd en optionele cookies geweigerd. U kunt hieronder alsnog cookies accepteren.',
  necessaryDescription:
    'Onmisbaar voor de werking van de website; ze onthouden onder meer uw cookiekeuzes en kunnen niet worden uitgeschakeld.',
  analyticsDescription:
    'Hiermee meten we hoeveel mensen de website bezoeken en welke onderdelen ze gebruiken, zodat we die kunnen verbeteren.',
  socialDescription:
    'Hiermee kunt u content delen, berichten van sociale media bekijken (Telegram, video’s…) en de reactiesecties gebruiken.',
  adsDescription:
    'Hiermee tonen we advertenties die aansluiten bij uw interesses en stellen we profielen op om te meten hoe goed ze werken.',
};

export default nl;
