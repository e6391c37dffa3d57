import type { DialogTable } from './fr.js';

const da: DialogTable = {
  save: 'Gem mine valg',
  close: 'Luk',
  dialogTitle: 'Tilpas dine valg',
  dialogText:
    'Den farvede kant viser, om cookies og profilering er tilladt (grøn) eller afvist (rød). Du kan til enhver tid ændre dine valg.',
  granted: 'Tilladt',
  denied: 'Afvist',
  alwaysOn: 'Altid aktiv',
  partial: 'Delvist',
  grantedCount: 'Tilladt: {granted} af {total}',
  servicesOne: '{count} tjeneste',
  servicesOther: '{count} tjenester',
  provider: 'Virksomhed: {provider}',
  servicePrivacy: 'Privatlivspolitik for {service}',
  cookiesCaption: 'Cookies og sporingsteknologier fra {service}',
  cookieName: 'Navn',
  cookieDuration: 'Varighed',
  cookiePurpose: 'Formål',
  localStorage: 'lokal lagring',
  sessionStorage: 'sessionslagring',
  cookieDomain: 'sat af {domain}',
  session: 'session',
  persistent: 'indtil den slettes',
  noCookies: 'Ingen cookies angivet.',
  categoryCookies: 'Cookies: {list}',
  yourChoice: 'Dit valg: {state}',
  undecided: 'intet valg gemt endnu',
  editChoices: 'Ændr mine valg',
  gpcNotice:
    'Din browser har sendt os et afvisningssignal (Global Privacy Control): vi har respekteret det ved at afvise valgfrie cookies. Du kan stadig acceptere nogle af dem nedenfor.',
  necessaryDescription: 'De er nødvendige for, at websitet kan fungere, husker blandt andet dine cookievalg og kan ikke slås fra.',
  analyticsDescription: 'Lader os måle, hvor mange der besøger websitet, og hvilke sektioner de bruger, så vi kan forbedre dem.',
  socialDescription: 'Gør det muligt at dele indhold, se opslag fra sociale medier (Telegram, videoer osv.) og bruge kommentarfelterne.',
  adsDescription: 'Lader os vise annoncer, der passer til dine interesser, og oprette profiler for at måle, hvor godt de virker.',
};

export default da;
