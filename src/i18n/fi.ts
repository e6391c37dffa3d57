import type { LanguageTable } from './fr.js';

const fi: LanguageTable = {
  bannerTitle: 'Evästevalintasi',
  bannerText:
    'Tämä sivusto käyttää evästeitä palvelujensa tarjoamiseen ja kehittämiseen. Valitsemalla ”Hyväksy kaikki” annat suostumuksesi siihen, että laitteellesi tallennetaan ja siltä luetaan evästeitä seuraaviin tarkoituksiin:',
  rejectInfo: 'Jos valitset ”Hylkää kaikki”, laitteellesi tallennetaan vain sivuston toiminnan kannalta välttämättömät tekniset evästeet.',
  changeInfo: 'Voit muuttaa valintojasi milloin tahansa kohdassa ”Asetukset”.',
  privacyText: 'Lisätietoja oikeuksistasi ja siitä, miten käytämme evästeitä, löydät',
  privacyLink: 'tietosuojaselosteestamme',
  acceptAll: 'Hyväksy kaikki',
  rejectAll: 'Hylkää kaikki',
  customize: 'Asetukset',
  continueWithoutAccepting: 'Jatka hyväksymättä',
  manageCookies: 'Hallitse evästeitä',
  gateText: 'Jos haluat nähdä tämän sisällön ja kommentoida, hyväksy luokan ”{category}” evästeet joko tässä tai kohdassa ”Asetukset”.',
  gateAccept: 'Hyväksy luokan ”{category}” evästeet',
  gateSettings: 'Asetukset',
  gateTextService: 'Jos haluat nähdä tämän sisällön, salli palvelu ”{service}” ({category}) joko tässä tai kohdassa ”Asetukset”.',
  gateAcceptService: 'Hyväksy ”{service}”',
  showCompanies: 'Näytä luettelo yrityksistä',
  necessaryTitle: 'Tekniset evästeet',
  analyticsTitle: 'Kävijämittaus',
  socialTitle: 'Sosiaalinen media',
  adsTitle: 'Mainonta ja profilointi',
};

export default fi;
