import type { NoticeTable } from './fr.js';

const pt: NoticeTable = {
  noticeTitle: 'Cookies neste site',
  noticeText: 'Este site utiliza cookies para funcionar, medir a sua audiência e melhorar os seus serviços. Pode alterar as suas escolhas a qualquer momento.',
  optOutText: 'Este site utiliza cookies para funcionar, medir a sua audiência e mostrar-lhe anúncios. Pode opor-se à venda ou partilha das suas informações pessoais e alterar as suas escolhas a qualquer momento.',
  noticeOk: 'OK',
  doNotSell: 'Não vender nem partilhar as minhas informações pessoais',
  gpcHonored: 'Pedido de oposição respeitado',
  gpcHonoredText: 'O seu navegador enviou um sinal Global Privacy Control: não vendemos nem partilhamos as suas informações pessoais.',
  noticeClose: 'Fechar',
};

export default pt;
