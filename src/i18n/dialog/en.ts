import type { DialogTable } from './fr.js';

const en: DialogTable = {
  save: 'Save my choices',
  close: 'Close',
  dialogTitle: 'Customize your choices',
  dialogText:
    'The coloured band shows whether cookies and profiling are allowed (green) or refused (red). You can change your choices at any time.',
  granted: 'Allowed',
  denied: 'Refused',
  alwaysOn: 'Always on',
  partial: 'Partial',
  grantedCount: 'Allowed: {granted} of {total}',
  servicesOne: '{count} service',
  servicesOther: '{count} services',
  provider: 'Company: {provider}',
  servicePrivacy: '{service} privacy policy',
  cookiesCaption: 'Cookies and trackers of {service}',
  cookieName: 'Name',
  cookieDuration: 'Duration',
  cookiePurpose: 'Purpose',
  localStorage: 'local storage',
  sessionStorage: 'session storage',
  cookieDomain: 'set by {domain}',
  session: 'session',
  persistent: 'until deleted',
  noCookies: 'No cookies declared.',
  categoryCookies: 'Cookies: {list}',
  yourChoice: 'Your choice: {state}',
  undecided: 'no choice recorded yet',
  editChoices: 'Change my choices',
  gpcNotice:
    'Your browser sent us a refusal signal (Global Privacy Control): we honoured it by refusing optional cookies. You can still accept some below.',
  necessaryDescription: 'Needed for the site to work; among other things they remember your cookie choices. They cannot be turned off.',
  analyticsDescription: 'Let us measure how many people visit the site and which sections they use, so we can improve them.',
  socialDescription: 'Let you share content, see posts from social networks (Telegram, videos…) and use the comment sections.',
  adsDescription: 'Let us show ads suited to your interests and build profiles to measure how well they work.',
};

export default en;
