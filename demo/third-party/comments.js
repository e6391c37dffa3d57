// Stands in for a comments service's embed script.
document.cookie = 'comments_uid=demo; path=/; max-age=3600';
const list = document.getElementById('comments-thread');
if (list) {
  for (const [who, what] of [['Claire', 'Enfin des chiffres clairs sur ces échanges.'], ['Marc', 'Et pour les agriculteurs ?']]) {
    const item = document.createElement('li');
    item.textContent = `${who} : ${what}`;
    list.append(item);
  }
}
