import type { DialogTable } from './fr.js';

const el: DialogTable = {
  save: 'Αποθήκευση επιλογών',
  close: 'Κλείσιμο',
  dialogTitle: 'Προσαρμογή επιλογών',
  dialogText:
    'Η χρωματιστή λωρίδα δείχνει αν η αποθήκευση cookies και η κατάρτιση προφίλ επιτρέπονται (πράσινο) ή έχουν απορριφθεί (κόκκινο). Μπορείτε να αλλάξετε τις επιλογές σας ανά πάσα στιγμή.',
  granted: 'Επιτρέπεται',
  denied: 'Απορρίφθηκε',
  alwaysOn: 'Πάντα ενεργό',
  partial: 'Μερικώς',
  grantedCount: 'Επιτρέπονται: {granted} από {total}',
  servicesOne: '{count} υπηρεσία',
  servicesOther: '{count} υπηρεσίες',
  provider: 'Εταιρεία: {provider}',
  servicePrivacy: 'Πολιτική απορρήτου της υπηρεσίας {service}',
  cookiesCaption: 'Cookies και εργαλεία παρακολούθησης της υπηρεσίας {service}',
  cookieName: 'Όνομα',
  cookieDuration: 'Διάρκεια',
  cookiePurpose: 'Σκοπός',
  localStorage: 'τοπική αποθήκευση',
  sessionStorage: 'αποθήκευση περιόδου λειτουργίας',
  cookieDomain: 'ορίζεται από τον τομέα {domain}',
  durationSession: 'περίοδος λειτουργίας',
  durationPersistent: 'έως τη διαγραφή',
  noCookies: 'Δεν έχουν δηλωθεί cookies.',
  categoryCookies: 'Cookies: {list}',
  yourChoice: 'Η επιλογή σας: {state}',
  undecided: 'δεν έχει καταχωριστεί ακόμη επιλογή',
  editChoices: 'Αλλαγή επιλογών',
  gpcNotice:
    'Το πρόγραμμα περιήγησής σας μάς έστειλε σήμα άρνησης (Global Privacy Control): το σεβαστήκαμε απορρίπτοντας τα προαιρετικά cookies. Μπορείτε πάντως να αποδεχτείτε ορισμένα παρακάτω.',
  necessaryDescription:
    'Είναι απαραίτητα για τη λειτουργία του ιστότοπου, αποθηκεύουν μεταξύ άλλων τις επιλογές σας για τα cookies και δεν μπορούν να απενεργοποιηθούν.',
  analyticsDescription:
    'Μας επιτρέπουν να μετράμε την επισκεψιμότητα του ιστότοπου και τη χρήση των ενοτήτων του, ώστε να τις βελτιώνουμε.',
  socialDescription:
    'Επιτρέπουν την κοινοποίηση περιεχομένου, την προβολή αναρτήσεων από μέσα κοινωνικής δικτύωσης (Telegram, βίντεο κ.λπ.) και τη χρήση των ενοτήτων σχολίων.',
  adsDescription:
    'Επιτρέπουν την προβολή διαφημίσεων προσαρμοσμένων στα ενδιαφέροντά σας και τη δημιουργία προφίλ για τη μέτρηση της αποτελεσματικότητάς τους.',
};

export default el;
