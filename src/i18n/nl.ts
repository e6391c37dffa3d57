import type { LanguageTable } from './fr.js';

const nl: LanguageTable = {
  bannerTitle: 'Uw cookiekeuzes',
  bannerText:
    'Deze website gebruikt cookies om haar diensten te leveren en te verbeteren. Door op “Alles accepteren” te klikken, geeft u toestemming voor het plaatsen en uitlezen van cookies op uw apparaat voor de volgende doeleinden:',
  rejectInfo:
    'Als u op “Alles weigeren” klikt, worden alleen technische cookies geplaatst die strikt noodzakelijk zijn voor de werking van de website.',
  changeInfo: 'U kunt uw keuzes op elk moment wijzigen via “Instellingen”.',
  privacyText: 'Meer informatie over uw rechten en over hoe wij cookies gebruiken, vindt u in onze',
  privacyLink: 'privacyverklaring',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  customize: 'Instellingen',
  save: 'Mijn keuzes opslaan',
  close: 'Sluiten',
  dialogTitle: 'Uw keuzes aanpassen',
  dialogText:
    'De gekleurde balk geeft aan of het plaatsen van cookies en profilering zijn toegestaan (groen) of geweigerd (rood). U kunt uw keuzes op elk moment wijzigen.',
  granted: 'Toegestaan',
  denied: 'Geweigerd',
  alwaysOn: 'Altijd actief',
  continueWithoutAccepting: 'Doorgaan zonder te accepteren',
  manageCookies: 'Cookies beheren',
  gpcNotice:
    'Uw browser heeft ons een weigeringssignaal gestuurd (Global Privacy Control): we hebben dat gerespecteerd en optionele cookies geweigerd. U kunt hieronder alsnog cookies accepteren.',
  gateText:
    'Om deze inhoud te bekijken en reacties te plaatsen, moet u cookies van de categorie “{category}” accepteren, hier of via “Instellingen”.',
  gateAccept: 'Accepteer cookies van de categorie “{category}”',
  gateSettings: 'Instellingen',
  necessaryTitle: 'Technische cookies',
  necessaryDescription:
    'Onmisbaar voor de werking van de website; ze onthouden onder meer uw cookiekeuzes en kunnen niet worden uitgeschakeld.',
  analyticsTitle: 'Bezoekersstatistieken',
  analyticsDescription:
    'Hiermee meten we hoeveel mensen de website bezoeken en welke onderdelen ze gebruiken, zodat we die kunnen verbeteren.',
  socialTitle: 'Sociale media',
  socialDescription:
    'Hiermee kunt u content delen, berichten van sociale media bekijken (Telegram, video’s…) en de reactiesecties gebruiken.',
  adsTitle: 'Advertenties en profilering',
  adsDescription:
    'Hiermee tonen we advertenties die aansluiten bij uw interesses en stellen we profielen op om te meten hoe goed ze werken.',
};

export default nl;
