// /admin/catalog/preview: the catalog as people get it, read-only, in the page's language.
import { say, language, setLanguage, moodName, categoryName, humanDate, exactDate, el, loadCatalog, renderOverview,
  matches, titleOf, descriptionOf } from '/catalog-common.js';

const status = document.getElementById('status');
const search = document.getElementById('search');
const moodFilter = document.getElementById('mood');
const languagePicker = document.getElementById('language');
let view = null;
let readAt = null;

function item(entry) {
  const i = entry.item;
  const lang = document.documentElement.lang;
  const link = el('a', { href: i.url, target: '_blank', rel: 'noopener noreferrer', text: titleOf(i, lang) });
  return el('li', { 'data-id': i.id }, el('div', { class: 'what' }, el('strong', {}, link),
    el('span', { class: 'desc', text: descriptionOf(i, lang) }),
    el('span', { class: 'meta', text: `${i.moods.map(moodName).join(', ')} · ${say('weight')} ${i.weight}`
      + (i.tags.length ? ` · ${i.tags.join(', ')}` : '') })));
}

function render() {
  renderOverview(view);
  let shown = 0;
  document.getElementById('categories').replaceChildren(...Object.keys(view.coverage).map(category => {
    const entries = view.items.filter(e => e.category === category && matches(e, search.value.trim(), moodFilter.value));
    shown += entries.length;
    return el('section', { class: 'category' }, el('h2', { text: `${categoryName(category)} (${entries.length})` }),
      el('ul', { class: 'items' }, ...entries.map(item)));
  }));
  document.getElementById('count').textContent = say('count', shown);
  status.replaceChildren(el('time', { datetime: readAt, title: exactDate(readAt), text: say('checked', humanDate(readAt)) }));
}

languagePicker.value = language;
setLanguage(language);
['angry', 'disgust', 'fear', 'happy', 'sad', 'surprise', 'neutral'].forEach(m => moodFilter.append(new Option(moodName(m), m)));
languagePicker.addEventListener('change', () => {
  setLanguage(languagePicker.value, true);
  [...moodFilter.options].slice(1).forEach(o => { o.textContent = moodName(o.value); });
  if (view) render();
});
search.addEventListener('input', () => view && render());
moodFilter.addEventListener('change', () => view && render());
document.getElementById('filters').addEventListener('submit', e => e.preventDefault());
loadCatalog().then(v => {
  view = v;
  readAt = new Date().toISOString();
  render();
  document.body.dataset.loaded = 'true';
}).catch(e => { status.textContent = e.message; });
