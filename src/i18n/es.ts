import type { LanguageTable } from './fr.js';

const es: LanguageTable = {
  bannerTitle: 'Sus preferencias sobre cookies',
  bannerText:
    'Este sitio web utiliza cookies para prestar y mejorar sus servicios. Al hacer clic en «Aceptar todo», usted consiente que se almacenen cookies en su dispositivo y se acceda a ellas con las siguientes finalidades:',
  rejectInfo:
    'Si hace clic en «Rechazar todo», solo se instalarán las cookies técnicas estrictamente necesarias para el funcionamiento del sitio.',
  changeInfo: 'Puede cambiar sus preferencias en cualquier momento desde «Configurar».',
  privacyText: 'Para obtener más información sobre sus derechos y sobre cómo utilizamos las cookies, consulte nuestra',
  privacyLink: 'Política de privacidad',
  acceptAll: 'Aceptar todo',
  rejectAll: 'Rechazar todo',
  customize: 'Configurar',
  save: 'Guardar mis preferencias',
  close: 'Cerrar',
  dialogTitle: 'Configurar sus preferencias',
  dialogText:
    'La franja de color indica si la instalación de cookies y la elaboración de perfiles están permitidas (verde) o rechazadas (rojo). Puede cambiar sus preferencias en cualquier momento.',
  granted: 'Permitido',
  denied: 'Rechazado',
  alwaysOn: 'Siempre activo',
  continueWithoutAccepting: 'Continuar sin aceptar',
  manageCookies: 'Gestionar cookies',
  gpcNotice:
    'Su navegador nos ha enviado una señal de rechazo (Global Privacy Control): la hemos respetado rechazando las cookies opcionales. Aun así, puede aceptar algunas a continuación.',
  gateText: 'Para ver este contenido y dejar comentarios, acepte las cookies de «{category}», aquí o desde «Configurar».',
  gateAccept: 'Aceptar las cookies de «{category}»',
  gateSettings: 'Configurar',
  necessaryTitle: 'Cookies técnicas',
  necessaryDescription:
    'Imprescindibles para que el sitio funcione, recuerdan, entre otras cosas, sus preferencias sobre cookies y no se pueden desactivar.',
  analyticsTitle: 'Medición de audiencia',
  analyticsDescription: 'Nos permiten medir las visitas al sitio y el uso de sus secciones para poder mejorarlas.',
  socialTitle: 'Redes sociales',
  socialDescription:
    'Permiten compartir contenidos, ver publicaciones de redes sociales (Telegram, vídeos…) y utilizar las secciones de comentarios.',
  adsTitle: 'Publicidad y elaboración de perfiles',
  adsDescription: 'Permiten mostrar publicidad adaptada a sus intereses y elaborar perfiles para medir su eficacia.',
};

export default es;
