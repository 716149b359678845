'use strict';
const moods = ['angry', 'disgust', 'fear', 'happy', 'sad', 'surprise', 'neutral'];
const categories = ['film', 'song', 'food', 'place'];
const moodSelect = document.getElementById('mood');
const categorySelect = document.getElementById('category');
moods.forEach(m => moodSelect.append(new Option(m, m)));
categories.forEach(c => categorySelect.append(new Option(c, c)));
let items = [];

function cell(text) {
  const td = document.createElement('td');
  td.textContent = text;
  return td;
}

function render() {
  const mood = moodSelect.value;
  const category = categorySelect.value;
  const rows = items.filter(i => (!mood || i.moods.includes(mood)) && (!category || i.category === category));
  const body = document.getElementById('items');
  body.replaceChildren(...rows.map(i => {
    const tr = document.createElement('tr');
    const title = document.createElement('td');
    const link = document.createElement('a');
    link.href = i.url; link.textContent = i.title; link.target = '_blank'; link.rel = 'noopener noreferrer';
    title.append(link, document.createElement('br'), document.createTextNode(i.description));
    tr.append(cell(i.category), title, cell((i.moods || []).join(', ')), cell(i.weight), cell((i.tags || []).join(', ')));
    return tr;
  }));
  document.getElementById('count').textContent = `${rows.length} items`;
}

const chosen = localStorage.getItem('moodbot-language');
fetch('/api/catalog', chosen ? { headers: { 'Accept-Language': chosen } } : {}).then(r => r.json()).then(view => {
  items = view.items || [];
  const s = view.status;
  document.getElementById('summary').textContent =
    `${items.length} items; loaded ${s.loadedAt}; last check: ${s.lastResult || 'none'}`;
  const problems = document.getElementById('problems');
  if ((s.problems || []).length) {
    const h = document.createElement('h2');
    h.textContent = 'The last edit was rejected (the previous catalog is still in service):';
    const list = document.createElement('ul');
    (s.problems || []).forEach(p => { const li = document.createElement('li'); li.textContent = p; list.append(li); });
    problems.replaceChildren(h, list);
  }
  render();
});
moodSelect.addEventListener('change', render);
categorySelect.addEventListener('change', render);
