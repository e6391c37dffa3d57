import type { DialogTable } from './fr.js';

const es: DialogTable = {
  save: 'Guardar mis preferencias',
  close: 'Cerrar',
  dialogTitle: 'Configurar sus preferencias',
  dialogText:
    'La franja de color indica si la instalación de cookies y la elaboración de perfiles están permitidas (verde) o rechazadas (rojo). Puede cambiar sus preferencias en cualquier momento.',
  granted: 'Permitido',
  denied: 'Rechazado',
  alwaysOn: 'Siempre activo',
  partial: 'Parcial',
  grantedCount: 'Permitidos: {granted} de {total}',
  servicesOne: '{count} servicio',
  servicesOther: '{count} servicios',
  provider: 'Empresa: {provider}',
  servicePrivacy: 'Política de privacidad de {service}',
  cookiesCaption: 'Cookies y rastreadores de {service}',
  cookieName: 'Nombre',
  cookieDuration: 'Duración',
  cookiePurpose: 'Finalidad',
  localStorage: 'almacenamiento local',
  sessionStorage: 'almacenamiento de sesión',
  cookieDomain: 'dominio: {domain}',
  session: 'sesión',
  persistent: 'hasta su eliminación',
  noCookies: 'No se han declarado cookies.',
  categoryCookies: 'Cookies: {list}',
  yourChoice: 'Su preferencia: {state}',
  undecided: 'aún no se ha guardado ninguna preferencia',
  editChoices: 'Cambiar mis preferencias',
  gpcNotice:
    'Su navegador nos ha enviado una señal de rechazo (Global Privacy Control): la hemos respetado rechazando las cookies opcionales. Aun así, puede aceptar algunas a continuación.',
  necessaryDescription:
    'Imprescindibles para que el sitio funcione, recuerdan, entre otras cosas, sus preferencias sobre cookies y no se pueden desactivar.',
  analyticsDescription: 'Nos permiten medir las visitas al sitio y el uso de sus secciones para poder mejorarlas.',
  socialDescription:
    'Permiten compartir contenidos, ver publicaciones de redes sociales (Telegram, vídeos…) y utilizar las secciones de comentarios.',
  adsDescription: 'Permiten mostrar publicidad adaptada a sus intereses y elaborar perfiles para medir su eficacia.',
};

export default es;
