import type { LanguageTable } from './fr.js';

const pt: LanguageTable = {
  bannerTitle: 'As suas escolhas sobre cookies',
  bannerText:
    'Este site utiliza cookies para funcionar e melhorar os seus serviços. Ao clicar em «Aceitar tudo», consente o armazenamento e a leitura de cookies no seu dispositivo para as seguintes finalidades:',
  rejectInfo: 'Ao clicar em «Rejeitar tudo», só serão armazenados os cookies técnicos, estritamente necessários ao funcionamento do site.',
  changeInfo: 'Pode alterar as suas escolhas a qualquer momento em «Personalizar».',
  privacyText: 'Para saber mais sobre os seus direitos e sobre a forma como utilizamos os cookies, consulte a nossa',
  privacyLink: 'Política de privacidade',
  acceptAll: 'Aceitar tudo',
  rejectAll: 'Rejeitar tudo',
  customize: 'Personalizar',
  continueWithoutAccepting: 'Continuar sem aceitar',
  manageCookies: 'Gerir cookies',
  gateText: 'Para ver este conteúdo e deixar comentários, aceite os cookies da categoria «{category}», aqui ou em «Personalizar».',
  gateAccept: 'Aceitar os cookies da categoria «{category}»',
  gateSettings: 'Personalizar',
  gateTextService: 'Para ver este conteúdo, autorize o serviço «{service}» ({category}), aqui ou em «Personalizar».',
  gateAcceptService: 'Aceitar «{service}»',
  showCompanies: 'Ver a lista de empresas',
  necessaryTitle: 'Cookies técnicos',
  analyticsTitle: 'Medição de audiências',
  socialTitle: 'Redes sociais',
  adsTitle: 'Publicidade e definição de perfis',
};

export default pt;
