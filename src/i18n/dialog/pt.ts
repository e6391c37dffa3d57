import type { DialogTable } from './fr.js';

const pt: DialogTable = {
  save: 'Guardar as minhas escolhas',
  close: 'Fechar',
  dialogTitle: 'Personalizar as suas escolhas',
  dialogText:
    'A faixa colorida indica se o armazenamento de cookies e a definição de perfis estão autorizados (verde) ou recusados (vermelho). Pode alterar as suas escolhas a qualquer momento.',
  granted: 'Autorizado',
  denied: 'Recusado',
  alwaysOn: 'Sempre ativo',
  partial: 'Parcial',
  grantedCount: 'Autorizados: {granted} de {total}',
  servicesOne: '{count} serviço',
  servicesOther: '{count} serviços',
  provider: 'Empresa: {provider}',
  servicePrivacy: 'Política de privacidade de {service}',
  cookiesCaption: 'Cookies e rastreadores de {service}',
  cookieName: 'Nome',
  cookieDuration: 'Duração',
  cookiePurpose: 'Finalidade',
  localStorage: 'armazenamento local',
  sessionStorage: 'armazenamento de sessão',
  cookieDomain: 'definido por {domain}',
  session: 'sessão',
  persistent: 'até ser eliminado',
  noCookies: 'Nenhum cookie declarado.',
  categoryCookies: 'Cookies: {list}',
  yourChoice: 'A sua escolha: {state}',
  undecided: 'ainda não foi registada nenhuma escolha',
  editChoices: 'Alterar as minhas escolhas',
  gpcNotice:
    'O seu navegador enviou-nos um sinal de recusa (Global Privacy Control): respeitámo-lo, recusando os cookies opcionais. Ainda assim, pode aceitar alguns abaixo.',
  necessaryDescription:
    'Indispensáveis ao funcionamento do site, guardam, entre outras coisas, as suas escolhas sobre cookies e não podem ser desativados.',
  analyticsDescription: 'Permitem-nos medir as visitas ao site e a utilização das suas secções para as melhorar.',
  socialDescription:
    'Permitem partilhar conteúdos, ver publicações das redes sociais (Telegram, vídeos…) e utilizar as áreas de comentários.',
  adsDescription: 'Permitem mostrar publicidade adaptada aos seus interesses e criar perfis para medir a sua eficácia.',
};

export default pt;
