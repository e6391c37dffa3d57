import type { LanguageTable } from './fr.js';

const en: LanguageTable = {
  bannerTitle: 'Your cookie choices',
  bannerText:
    'This site uses cookies to run and improve its services. By clicking “Accept all”, you agree to cookies being stored on and read from your device for the following purposes:',
  rejectInfo: 'By clicking “Reject all”, only technical cookies, strictly needed for the site to work, will be stored.',
  changeInfo: 'You can change your choices at any time under “Customize”.',
  privacyText: 'To learn more about your rights and our cookie practices, read our',
  privacyLink: 'Privacy policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  save: 'Save my choices',
  close: 'Close',
  dialogTitle: 'Customize your choices',
  dialogText:
    'The coloured band shows whether cookies and profiling are allowed (green) or refused (red). You can change your choices at any time.',
  granted: 'Allowed',
  denied: 'Refused',
  alwaysOn: 'Always on',
  continueWithoutAccepting: 'Continue without accepting',
  manageCookies: 'Manage cookies',
  gpcNotice:
    'Your browser sent us a refusal signal (Global Privacy Control): we honoured it by refusing optional cookies. You can still accept some below.',
  gateText:
    'To show this content and leave comments, please accept “{category}” cookies, here or under “Customize”.',
  gateAccept: 'Accept “{category}” cookies',
  gateSettings: 'Customize',
  necessaryTitle: 'Technical cookies',
  necessaryDescription: 'Needed for the site to work; among other things they remember your cookie choices. They cannot be turned off.',
  analyticsTitle: 'Audience measurement',
  analyticsDescription: 'Let us measure how many people visit the site and which sections they use, so we can improve them.',
  socialTitle: 'Social networks',
  socialDescription: 'Let you share content, see posts from social networks (Telegram, videos…) and use the comment sections.',
  adsTitle: 'Advertising and profiling',
  adsDescription: 'Let us show ads suited to your interests and build profiles to measure how well they work.',
};

export default en;
