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
  save: 'Guardar as minhas escolhas',
  close: 'Fechar',
  dialogTitle: 'Personalizar as suas escolhas',
  dialogText:
    'A faixa colorida indica se o armazenamento de cookies e a definição de perfis estão autorizados (verde) ou recusados (vermelho). Pode alterar as suas escolhas a qualquer momento.',
  granted: 'Autorizado',
  denied: 'Recusado',
  alwaysOn: 'Sempre ativo',
  continueWithoutAccepting: 'Continuar sem aceitar',
  manageCookies: 'Gerir cookies',
  gpcNotice:
    'O seu navegador enviou-nos um sinal de recusa (Global Privacy Control): respeitámo-lo, recusando os cookies opcionais. Ainda assim, pode aceitar alguns abaixo.',
  gateText: 'Para ver este conteúdo e deixar comentários, aceite os cookies da categoria «{category}», aqui ou em «Personalizar».',
  gateAccept: 'Aceitar os cookies da categoria «{category}»',
  gateSettings: 'Personalizar',
  necessaryTitle: 'Cookies técnicos',
  necessaryDescription:
    'Indispensáveis ao funcionamento do site, guardam, entre outras coisas, as suas escolhas sobre cookies e não podem ser desativados.',
  analyticsTitle: 'Medição de audiências',
  analyticsDescription: 'Permitem-nos medir as visitas ao site e a utilização das suas secções para as melhorar.',
  socialTitle: 'Redes sociais',
  socialDescription:
    'Permitem partilhar conteúdos, ver publicações das redes sociais (Telegram, vídeos…) e utilizar as áreas de comentários.',
  adsTitle: 'Publicidade e definição de perfis',
  adsDescription: 'Permitem mostrar publicidade adaptada aos seus interesses e criar perfis para medir a sua eficácia.',
};

export default pt;
