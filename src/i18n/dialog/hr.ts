import type { DialogTable } from './fr.js';

const hr: DialogTable = {
  save: 'Spremi odabir',
  close: 'Zatvori',
  dialogTitle: 'Prilagodite svoj odabir',
  dialogText:
    'Obojena traka pokazuje jesu li pohrana kolačića i izrada profila dopušteni (zeleno) ili odbijeni (crveno). Svoj odabir možete u bilo kojem trenutku promijeniti.',
  granted: 'Dopušteno',
  denied: 'Odbijeno',
  alwaysOn: 'Uvijek uključeno',
  partial: 'Djelomično',
  grantedCount: 'Dopušteno: {granted} od {total}',
  servicesOne: '{count} usluga',
  servicesOther: 'Usluge: {count}',
  provider: 'Tvrtka: {provider}',
  servicePrivacy: 'Politika privatnosti usluge {service}',
  cookiesCaption: 'Kolačići i alati za praćenje usluge {service}',
  cookieName: 'Naziv',
  cookieDuration: 'Trajanje',
  cookiePurpose: 'Svrha',
  localStorage: 'lokalna pohrana',
  sessionStorage: 'pohrana sesije',
  cookieDomain: 'postavlja {domain}',
  session: 'sesija',
  persistent: 'do brisanja',
  noCookies: 'Nema navedenih kolačića.',
  categoryCookies: 'Kolačići: {list}',
  yourChoice: 'Vaš odabir: {state}',
  undecided: 'odabir još nije spremljen',
  editChoices: 'Promijeni odabir',
  gpcNotice:
    'Vaš preglednik poslao nam je signal odbijanja (Global Privacy Control): poštovali smo ga i odbili neobvezne kolačiće. Neke od njih i dalje možete prihvatiti u nastavku.',
  necessaryDescription: 'Nužni su za rad web-stranice, među ostalim pamte vaš odabir kolačića i ne mogu se isključiti.',
  analyticsDescription: 'Omogućuju nam mjerenje posjećenosti web-stranice i korištenja njezinih rubrika kako bismo ih poboljšali.',
  socialDescription:
    'Omogućuju dijeljenje sadržaja, prikaz objava s društvenih mreža (Telegram, videozapisi i sl.) i korištenje odjeljaka za komentare.',
  adsDescription: 'Omogućuju prikaz oglasa prilagođenih vašim interesima i izradu profila za mjerenje njihove učinkovitosti.',
};

export default hr;
