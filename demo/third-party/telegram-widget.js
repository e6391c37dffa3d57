// Stands in for a social network's embed script (the demo makes no request outside this server).
document.cookie = 'tg_session=demo; path=/; max-age=3600';
for (const box of document.querySelectorAll('[data-telegram-widget]')) {
  box.textContent = '✈️ Telegram : 12 480 abonnés suivent Le Courrier du Matin. Dernier message : « L’union douanière en chiffres ».';
}
