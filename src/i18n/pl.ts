import type { LanguageTable } from './fr.js';

const pl: LanguageTable = {
  bannerTitle: 'Twoje wybory dotyczące plików cookie',
  bannerText:
    'Ta strona korzysta z plików cookie, aby świadczyć i ulepszać swoje usługi. Klikając „Zaakceptuj wszystkie”, zgadzasz się na zapisywanie plików cookie na Twoim urządzeniu i odczytywanie ich w następujących celach:',
  rejectInfo: 'Po kliknięciu „Odrzuć wszystkie” zapisane zostaną tylko techniczne pliki cookie, niezbędne do działania strony.',
  changeInfo: 'W każdej chwili możesz zmienić swoje wybory w sekcji „Dostosuj”.',
  privacyText: 'Więcej informacji o Twoich prawach i o tym, jak korzystamy z plików cookie, znajdziesz w naszej',
  privacyLink: 'Polityce prywatności',
  acceptAll: 'Zaakceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  customize: 'Dostosuj',
  save: 'Zapisz moje wybory',
  close: 'Zamknij',
  dialogTitle: 'Dostosuj swoje wybory',
  dialogText:
    'Kolorowy pasek pokazuje, czy zapisywanie plików cookie i profilowanie są dozwolone (zielony), czy odrzucone (czerwony). W każdej chwili możesz zmienić swoje wybory.',
  granted: 'Dozwolone',
  denied: 'Odrzucone',
  alwaysOn: 'Zawsze aktywne',
  continueWithoutAccepting: 'Kontynuuj bez akceptacji',
  manageCookies: 'Zarządzaj plikami cookie',
  gpcNotice:
    'Twoja przeglądarka wysłała nam sygnał sprzeciwu (Global Privacy Control): uszanowaliśmy go, odrzucając opcjonalne pliki cookie. Nadal możesz zaakceptować niektóre z nich poniżej.',
  gateText: 'Aby wyświetlić tę treść i dodawać komentarze, zaakceptuj pliki cookie z kategorii „{category}” tutaj lub w sekcji „Dostosuj”.',
  gateAccept: 'Zaakceptuj pliki cookie z kategorii „{category}”',
  gateSettings: 'Dostosuj',
  necessaryTitle: 'Techniczne pliki cookie',
  necessaryDescription:
    'Są niezbędne do działania strony, zapamiętują m.in. Twoje wybory dotyczące plików cookie i nie można ich wyłączyć.',
  analyticsTitle: 'Statystyki odwiedzin',
  analyticsDescription: 'Pozwalają nam mierzyć ruch na stronie i korzystanie z jej sekcji, abyśmy mogli je ulepszać.',
  socialTitle: 'Media społecznościowe',
  socialDescription:
    'Umożliwiają udostępnianie treści, wyświetlanie postów z mediów społecznościowych (Telegram, filmy itp.) i korzystanie z sekcji komentarzy.',
  adsTitle: 'Reklama i profilowanie',
  adsDescription:
    'Umożliwiają wyświetlanie reklam dopasowanych do Twoich zainteresowań i tworzenie profili w celu mierzenia ich skuteczności.',
};

export default pl;
