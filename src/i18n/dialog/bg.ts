import type { DialogTable } from './fr.js';

const bg: DialogTable = {
  save: 'Запазване на избора',
  close: 'Затваряне',
  dialogTitle: 'Настройки на бисквитките',
  dialogText:
    'Цветната лента показва дали съхраняването на бисквитки и профилирането са разрешени (зелено) или отказани (червено). Можете да промените избора си по всяко време.',
  granted: 'Разрешено',
  denied: 'Отказано',
  alwaysOn: 'Винаги активно',
  partial: 'Частично',
  grantedCount: 'Разрешени: {granted} от {total}',
  servicesOne: '{count} услуга',
  servicesOther: '{count} услуги',
  provider: 'Компания: {provider}',
  servicePrivacy: 'Политика за поверителност на {service}',
  cookiesCaption: 'Бисквитки и проследяващи технологии на {service}',
  cookieName: 'Име',
  cookieDuration: 'Срок',
  cookiePurpose: 'Цел',
  localStorage: 'локално хранилище',
  sessionStorage: 'сесийно хранилище',
  cookieDomain: 'задава се от {domain}',
  durationSession: 'сесия',
  durationPersistent: 'до изтриване',
  noCookies: 'Няма декларирани бисквитки.',
  categoryCookies: 'Бисквитки: {list}',
  yourChoice: 'Вашият избор: {state}',
  undecided: 'все още няма запазен избор',
  editChoices: 'Промяна на избора',
  gpcNotice:
    'Браузърът ви ни изпрати сигнал за отказ (Global Privacy Control): съобразихме се с него и отказахме незадължителните бисквитки. Въпреки това можете да приемете някои от тях по-долу.',
  necessaryDescription:
    'Те са необходими за работата на сайта, запомнят между другото избора ви относно бисквитките и не могат да бъдат изключени.',
  analyticsDescription: 'Позволяват ни да измерваме посещаемостта на сайта и използването на разделите му, за да ги подобряваме.',
  socialDescription:
    'Позволяват споделяне на съдържание, показване на публикации от социални мрежи (Telegram, видеоклипове и др.) и използване на секциите за коментари.',
  adsDescription: 'Позволяват показване на реклами, съобразени с вашите интереси, и създаване на профили за измерване на ефективността им.',
};

export default bg;
