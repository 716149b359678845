// /admin/catalog/preview: the catalog as people get it, read-only, in the page's language.
import { say, categoryName, humanDate, exactDate, el, loadCatalog, renderOverview, renderCategories,
  wireFilters, titleOf, descriptionOf, urlOf, pictureSrc, metaLine } from '/catalog-common.js';

const status = document.getElementById('status');
let view = null;
let readAt = null;

function item(entry) {
  const i = entry.item;
  const lang = document.documentElement.lang;
  const link = el('a', { href: urlOf(i, lang), target: '_blank', rel: 'noopener noreferrer', text: titleOf(i, lang) });
  // without a picture of its own the card has the bot's art for the mood
  const picture = i.image && el('img', { class: 'thumb', alt: '', loading: 'lazy', src: pictureSrc(i.image) });
  return el('li', { 'data-id': i.id }, el('div', { class: 'row' }, picture || '', el('div', { class: 'what' },
    el('strong', {}, link), el('span', { class: 'desc', text: descriptionOf(i, lang) }),
    el('span', { class: 'meta', text: metaLine(i, i.tags.join(', ')) }))));
}

function render() {
  if (!view) return;
  renderOverview(view);
  renderCategories(view, (category, entries) => el('section', { class: 'category' },
    el('h2', { text: `${categoryName(category)} (${entries.length})` }), el('ul', { class: 'items' }, ...entries.map(item))));
  status.removeAttribute('data-text');
  status.replaceChildren(el('time', { datetime: readAt, title: exactDate(readAt), text: say('checked', humanDate(readAt)) }));
}

async function load() {
  const loaded = await loadCatalog();
  if (!loaded) return;
  view = loaded;
  readAt = new Date().toISOString();
  render();
  document.body.dataset.loaded = 'true';
}

const failed = e => { status.textContent = e.message; };
wireFilters(render, () => load().catch(failed));
load().catch(failed);
