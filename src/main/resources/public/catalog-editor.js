// /admin/catalog: list, filter and edit the catalog items; catalog check runs as the admin types.
import { say, language, categoryName, fieldName, humanDate, exactDate, el, askServer, problemText, loadCatalog, renderOverview,
  renderCategories, wireFilters, titleOf, descriptionOf, metaLine } from '/catalog-common.js';
import { itemForm } from '/catalog-form.js';

const status = document.getElementById('status');
const textLanguage = document.getElementById('text-language');
let view = null;

/** The status line after a change: ok when it was made, else why not. */
const outcome = (answer, ok) => (answer.status === 200 ? ok : answer.status === 409 ? say('stale')
  : (answer.body.problems || []).map(problemText).join(' ') || say('failed'));

async function post(path, body) {
  const response = await askServer(path, { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body) });
  return { status: response.status, body: await response.json().catch(() => ({})) };
}

async function refresh(message) {
  const loaded = await loadCatalog();
  if (!loaded) return;
  view = loaded;
  render();
  status.removeAttribute('data-text'); // a language switch must not put "Loading…" back over this
  status.textContent = message || say('checked', humanDate(new Date().toISOString()));
  document.body.dataset.loaded = 'true';
}

function render() {
  if (!view) return;
  const open = document.querySelector('.item-form');
  renderOverview(view);
  offerPutBack();
  renderCategories(view, (category, entries) => {
    const add = el('button', { type: 'button', class: 'add', 'data-category': category },
      `${say('add')}`, el('span', { class: 'visually-hidden', text: ` (${categoryName(category)})` }));
    const list = el('ul', { class: 'items', id: `items-${category}` }, ...entries.map(e => row(category, e.item)));
    add.addEventListener('click', () => openForm(category, null, list, true));
    return el('section', { class: 'category', 'data-category': category },
      el('div', { class: 'category-head' }, el('h2', { text: `${categoryName(category)} (${entries.length})` }), add), list);
  });
  renderVersions();
  if (open && view.problems.length === 0) open.querySelector('.from-service')?.remove();
  if (open) keep(open);
}

/** A language or filter change redraws the lists: an open form goes back beside its item, typed text and all. */
function keep(form) {
  const { category, item } = form.dataset;
  const li = item && document.querySelector(`#items-${category} li[data-id="${CSS.escape(item)}"]`);
  const list = document.getElementById(`items-${category}`);
  if (li) li.append(form);
  else if (list) list.before(form);
}

function closeForms() {
  document.querySelectorAll('.item-form').forEach(f => f.remove());
}

function row(category, item) {
  const lang = textLanguage.value;
  const edit = el('button', { type: 'button', text: say('edit'), 'aria-label': `${say('edit')}: ${titleOf(item, lang)}` });
  const remove = el('button', { type: 'button', text: say('remove'), 'aria-label': `${say('remove')}: ${titleOf(item, lang)}` });
  const li = el('li', { 'data-id': item.id },
    el('div', { class: 'row' },
      el('div', { class: 'what' }, el('strong', { text: titleOf(item, lang) }),
        el('span', { class: 'desc', text: descriptionOf(item, lang) }),
        el('span', { class: 'meta', text: metaLine(item, item.id) })),
      el('div', { class: 'actions' }, edit, remove)));
  edit.addEventListener('click', () => openForm(category, item, li, false));
  remove.addEventListener('click', () => removeItem(category, item));
  return li;
}

function openForm(category, item, place, atTop) {
  closeForms();
  const form = itemForm(category, item, {
    check: edited => post('/admin/api/catalog/check', edit(category, item, edited)),
    save: edited => save(category, item, edited),
    cancel: () => form.remove(),
    // a problem the files on the server had when the page read them, which this form cannot fix (its line may
    // have moved where it is in the file being edited)
    onServer: p => view.problems.some(d => d.file === p.file && d.item === p.item && d.message === p.message),
    pictureMaxBytes: view.pictureMaxBytes,
  });
  form.dataset.category = category;
  form.dataset.item = item ? item.id : '';
  if (item && view.problems.length > 0) {
    form.prepend(el('p', { class: 'from-service', role: 'note', 'data-text': 'fromService', text: say('fromService') }));
  }
  if (atTop) place.before(form); else place.append(form);
  form.querySelector('input').focus();
}

const edit = (category, original, item) =>
  ({ category, originalId: original ? original.id : null, item, revision: view.revisions[category] });

async function save(category, original, item) {
  const answer = await post('/admin/api/catalog/save', edit(category, original, item));
  if (answer.status === 200) {
    closeForms();
    await refresh(say('saved'));
  } else if (answer.status === 409) {
    await refresh(say('staleKept')); // the open form stays, typed text and all, and saves against the new version
  } else if (answer.status !== 401) { // a 401's status line is said by the form
    status.textContent = say('notSavedShort'); // the form says why; not an earlier "Saved"
  }
  return answer;
}

async function removeItem(category, item) {
  if (!confirm(say('confirmRemove', titleOf(item, textLanguage.value)))) return;
  const answer = await post('/admin/api/catalog/save', edit(category, item, null));
  closeForms();
  await refresh(outcome(answer, say('removed')));
}

/** Under the problems of the files on the server: for each file that differs from the bot's, a button that puts it back. */
function offerPutBack() {
  const differing = view.differFromService || {}; // file -> its revision as this page read it
  document.getElementById('disk-problems').append(...Object.entries(differing).map(([file, revision]) => {
    const button = el('button', { type: 'button', class: 'put-back', text: say('putBack', file) });
    button.addEventListener('click', async () => {
      if (!confirm(say('confirmPutBack', file))) return;
      button.disabled = true;
      const answer = await post('/admin/api/catalog/put-back', { file, revision });
      // an open form stays, typed text and all, and is checked again against the files as they are now
      await refresh(outcome(answer, say('putBackDone')));
      checkOpenForm();
    });
    return button;
  }));
}

function renderVersions() {
  const list = document.getElementById('versions');
  if (view.versions.length === 0) {
    list.replaceChildren(el('li', { class: 'note', text: say('noVersions') }));
    return;
  }
  list.replaceChildren(...view.versions.map(v => {
    const when = humanDate(v.savedAt);
    const change = changeText(v.change);
    const restore = el('button', { type: 'button', text: say('restore'), 'aria-label': `${say('restore')}: ${v.file}, ${when}` });
    restore.addEventListener('click', async () => {
      const later = view.versions.filter(o => o.file === v.file && Date.parse(o.savedAt) > Date.parse(v.savedAt)).length;
      if (!confirm(say('confirmRestore', v.file, exactDate(v.savedAt), change, later))) return;
      const answer = await post('/admin/api/catalog/restore', { version: v.id });
      closeForms();
      await refresh(outcome(answer, say('restored')));
    });
    return el('li', {}, el('span', {}, el('strong', { text: v.file }), ' ',
      el('time', { datetime: v.savedAt, title: exactDate(v.savedAt), text: say('replacedAt', when) }),
      change ? el('span', { class: 'change', text: `: ${change}` }) : ''), restore);
  }));
}

/** "amelie-2001 was edited (Spanish title, moods)": the save that replaced a version, where it was written down. */
function changeText(change) {
  const own = (table, key) => (Object.hasOwn(table, key) ? table[key] : undefined);
  const kind = change && own(say('replacedBy'), change.kind);
  if (!kind) return '';
  const fields = (change.fields || []).map(fieldName).join(', '); // an empty list is left out of the JSON
  if (change.kind === 'restored') { // the item is the version put back, FILE.EPOCHMILLIS
    const millis = Number((change.item || '').split('.').pop());
    return kind(Number.isFinite(millis) && millis > 0 ? exactDate(new Date(millis).toISOString()) : null);
  }
  return kind(change.item) + (fields ? ` (${fields})` : '');
}

textLanguage.value = language;
/** An open form asks catalog check again: after a language switch, or once the files have changed. */
function checkOpenForm() {
  document.querySelector('.item-form')?.dispatchEvent(new Event('input'));
}

// the items' texts follow a switch of the page's language (and can be set apart after it)
document.getElementById('language').addEventListener('change', e => { textLanguage.value = e.target.value; });
wireFilters(render, () => refresh().then(checkOpenForm).catch(e => { status.textContent = e.message; }));
textLanguage.addEventListener('change', render);
refresh().catch(e => { status.textContent = e.message; });
