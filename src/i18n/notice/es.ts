import type { NoticeTable } from './fr.js';

const es: NoticeTable = {
  noticeTitle: 'Cookies en este sitio',
  noticeText: 'Este sitio utiliza cookies para funcionar, medir su audiencia y mejorar sus servicios. Puede cambiar sus opciones en cualquier momento.',
  optOutText: 'Este sitio utiliza cookies para funcionar, medir su audiencia y mostrarle anuncios. Puede oponerse a la venta o el intercambio de su información personal y cambiar sus opciones en cualquier momento.',
  noticeOk: 'OK',
  doNotSell: 'No vender ni compartir mi información personal',
  gpcHonored: 'Solicitud de exclusión atendida',
  gpcHonoredText: 'Su navegador envió una señal Global Privacy Control: no vendemos ni compartimos su información personal.',
  noticeClose: 'Cerrar',
};

export default es;
