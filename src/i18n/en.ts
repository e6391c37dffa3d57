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
  continueWithoutAccepting: 'Continue without accepting',
  manageCookies: 'Manage cookies',
  gateText:
    'To show this content and leave comments, please accept “{category}” cookies, here or under “Customize”.',
  gateAccept: 'Accept “{category}” cookies',
  gateSettings: 'Customize',
  gateTextService: 'To show this content, please allow the “{service}” service ({category}), here or under “Customize”.',
  gateAcceptService: 'Accept “{service}”',
  showCompanies: 'See the list of companies',
  necessaryTitle: 'Technical cookies',
  analyticsTitle: 'Audience measurement',
  socialTitle: 'Social networks',
  adsTitle: 'Advertising and profiling',
};

export default en;
