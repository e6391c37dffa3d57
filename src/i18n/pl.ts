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
  continueWithoutAccepting: 'Kontynuuj bez akceptacji',
  manageCookies: 'Zarządzaj plikami cookie',
  gateText: 'Aby wyświetlić tę treść i dodawać komentarze, zaakceptuj pliki cookie z kategorii „{category}” tutaj lub w sekcji „Dostosuj”.',
  gateAccept: 'Zaakceptuj pliki cookie z kategorii „{category}”',
  gateSettings: 'Dostosuj',
  gateTextService: 'Aby wyświetlić tę treść, zezwól na usługę „{service}” ({category}) tutaj lub w sekcji „Dostosuj”.',
  gateAcceptService: 'Zaakceptuj „{service}”',
  showCompanies: 'Zobacz listę firm',
  necessaryTitle: 'Techniczne pliki cookie',
  analyticsTitle: 'Statystyki odwiedzin',
  socialTitle: 'Media społecznościowe',
  adsTitle: 'Reklama i profilowanie',
};

export default pl;
