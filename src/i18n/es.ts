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
  continueWithoutAccepting: 'Continuar sin aceptar',
  manageCookies: 'Gestionar cookies',
  gateText: 'Para ver este contenido y dejar comentarios, acepte las cookies de «{category}», aquí o desde «Configurar».',
  gateAccept: 'Aceptar las cookies de «{category}»',
  gateSettings: 'Configurar',
  gateTextService: 'Para ver este contenido, permita el servicio «{service}» ({category}), aquí o desde «Configurar».',
  gateAcceptService: 'Aceptar «{service}»',
  showCompanies: 'Ver la lista de empresas',
  necessaryTitle: 'Cookies técnicas',
  analyticsTitle: 'Medición de audiencia',
  socialTitle: 'Redes sociales',
  adsTitle: 'Publicidad y elaboración de perfiles',
};

export default es;
