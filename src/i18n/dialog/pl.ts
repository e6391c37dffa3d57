import type { DialogTable } from './fr.js';

const pl: DialogTable = {
  save: 'Zapisz moje wybory',
  close: 'Zamknij',
  dialogTitle: 'Dostosuj swoje wybory',
  dialogText:
    'Kolorowy pasek pokazuje, czy zapisywanie plików cookie i profilowanie są dozwolone (zielony), czy odrzucone (czerwony). W każdej chwili możesz zmienić swoje wybory.',
  granted: 'Dozwolone',
  denied: 'Odrzucone',
  alwaysOn: 'Zawsze aktywne',
  partial: 'Częściowo',
  grantedCount: 'Dozwolone: {granted} z {total}',
  servicesOne: '{count} usługa',
  servicesOther: 'Usługi: {count}',
  provider: 'Firma: {provider}',
  servicePrivacy: 'Polityka prywatności usługi {service}',
  cookiesCaption: 'Pliki cookie i narzędzia śledzące usługi {service}',
  cookieName: 'Nazwa',
  cookieDuration: 'Okres przechowywania',
  cookiePurpose: 'Cel',
  localStorage: 'pamięć lokalna',
  sessionStorage: 'pamięć sesji',
  cookieDomain: 'ustawiany przez {domain}',
  session: 'sesja',
  persistent: 'do usunięcia',
  noCookies: 'Brak zadeklarowanych plików cookie.',
  categoryCookies: 'Pliki cookie: {list}',
  yourChoice: 'Twój wybór: {state}',
  undecided: 'nie zapisano jeszcze wyboru',
  editChoices: 'Zmień moje wybory',
  gpcNotice:
    'Twoja przeglądarka wysłała nam sygnał sprzeciwu (Global Privacy Control): uszanowaliśmy go, odrzucając opcjonalne pliki cookie. Nadal możesz zaakceptować niektóre z nich poniżej.',
  necessaryDescription:
    'Są niezbędne do działania strony, zapamiętują m.in. Twoje wybory dotyczące plików cookie i nie można ich wyłączyć.',
  analyticsDescription: 'Pozwalają nam mierzyć ruch na stronie i korzystanie z jej sekcji, abyśmy mogli je ulepszać.',
  socialDescription:
    'Umożliwiają udostępnianie treści, wyświetlanie postów z mediów społecznościowych (Telegram, filmy itp.) i korzystanie z sekcji komentarzy.',
  adsDescription:
    'Umożliwiają wyświetlanie reklam dopasowanych do Twoich zainteresowań i tworzenie profili w celu mierzenia ich skuteczności.',
};

export default pl;
