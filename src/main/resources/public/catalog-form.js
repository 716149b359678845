// One item's form: both languages side by side, moods, weight, link, picture (uploaded or named), tags, pinned, for groups.
// catalog check's answer for the edited catalog is shown in the form as the admin types. Its words carry
// data-text (or data-mood) keys, so a language switch rewords an open form in place.
import { say, moodName, fieldName, el, askServer, problemText, pictureSrc } from '/catalog-common.js';
import { MOODS } from '/mood-words.js';

// the file's field names whose form input is named otherwise
const INPUTS = { pin: 'pinned' };

const words = key => el('span', { 'data-text': key, text: say(key) });
// "Amélie (2001)" -> "amelie-2001": catalog check's id rule (lower-case letters, digits and dashes, at most 64)
const LETTERS = { 'ß': 'ss', 'æ': 'ae', 'ø': 'o', 'œ': 'oe', 'đ': 'd', 'ł': 'l', 'þ': 'th' };
const idFrom = title => title.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  .replace(/./gu, c => LETTERS[c] ?? c).replace(/[^a-z0-9]+/g, '-').slice(0, 64).replace(/^-+|-+$/g, '');
const field = (key, input) => el('label', {}, words(key), input);

// multiline: both languages needed (a description); else the Spanish may be left empty for the English one.
// type and fresh: the inputs' type and a new item's English value (a link starts with https://).
function pair(legendKey, name, item, { multiline = false, type = 'text', fresh = '' } = {}) {
  const input = lang => {
    const key = name + (lang === 'en' ? 'En' : 'Es');
    const sameAsEnglish = !multiline && lang === 'es' ? 'sameAsEnglish' : null;
    const hint = lang !== 'es' ? null : multiline ? 'spanishNeeded' : sameAsEnglish;
    const node = el(multiline ? 'textarea' : 'input', { name: key, rows: multiline ? 2 : null, lang,
      type: multiline ? null : type, 'data-placeholder': hint, placeholder: hint && say(hint) });
    // an item whose Spanish is its English shows the Spanish field empty, as the placeholder says
    node.value = item ? (sameAsEnglish && item[key] === item[name + 'En'] ? '' : item[key]) : (lang === 'en' ? fresh : '');
    // a whole link pasted or typed after the https:// a new item starts with keeps its own scheme only
    const doubled = /^https:\/\/(?=https?:\/\/)/i;
    if (fresh) node.addEventListener('input', () => { node.value = node.value.replace(doubled, ''); });
    return node;
  };
  return el('fieldset', {}, el('legend', {}, words(legendKey)),
    el('div', { class: 'pair' }, field('english', input('en')), field('spanish', input('es'))));
}

// category: the item's; the note on a missing Spanish link is for food and places, whose links are searches in words
export function itemForm(category, item, actions) {
  const value = (name, fallback) => (item ? item[name] : fallback);
  const input = (name, type, v) => { const n = el('input', { name, type }); n.value = v ?? ''; return n; };
  const moods = el('fieldset', {}, el('legend', {}, words('moods')), el('div', { class: 'checks' },
    ...MOODS.map(m => el('label', {}, el('input', { type: 'checkbox', name: 'moods', value: m,
      checked: item ? item.moods.includes(m) : false }), el('span', { 'data-mood': m, text: moodName(m) })))));
  const image = input('image', 'text', value('image', ''));
  const upload = el('input', { type: 'file', accept: 'image/png,image/jpeg', name: 'picture' });
  // the picture named, as the card will show it; none while the name is empty or names no picture
  const thumb = el('img', { class: 'thumb', alt: '', hidden: true });
  thumb.addEventListener('load', () => { thumb.hidden = false; });
  thumb.addEventListener('error', () => { thumb.hidden = true; });
  let thumbTimer = null; // once typing pauses, not for each keystroke (https://e, https://ex...)
  const showThumb = () => {
    clearTimeout(thumbTimer);
    const name = image.value.trim();
    if (!name) thumb.hidden = true; else thumbTimer = setTimeout(() => { thumb.src = pictureSrc(name); }, 300);
  };
  image.addEventListener('input', showThumb);
  showThumb();
  const problems = el('div', { class: 'problems', 'aria-live': 'polite' });
  const englishLinkForAll = el('p', { class: 'note', 'data-text': 'englishLinkForAll', text: say('englishLinkForAll') });
  const saveButton = el('button', { type: 'submit', class: 'primary', 'data-text': 'save', text: say('save') });
  const cancel = el('button', { type: 'button', 'data-text': 'cancel', text: say('cancel') });
  const form = el('form', { class: 'item-form', novalidate: true },
    field('id', input('id', 'text', value('id', ''))),
    pair('title', 'title', item), pair('description', 'description', item, { multiline: true }), moods,
    pair('link', 'url', item, { type: 'url', fresh: 'https://' }), englishLinkForAll,
    el('div', { class: 'pair' }, field('weight', input('weight', 'number', value('weight', 1)))),
    el('div', { class: 'pair' }, field('picture', image), el('label', { class: 'upload' }, words('upload'), upload, thumb)),
    field('tags', input('tags', 'text', (value('tags', []) || []).join(', '))),
    el('label', { class: 'check' }, el('input', { type: 'checkbox', name: 'pinned', checked: value('pinned', false) }),
      words('pinned')),
    el('label', { class: 'check' }, el('input', { type: 'checkbox', name: 'group', checked: value('group', false) }),
      words('group')),
    problems, el('div', { class: 'buttons' }, saveButton, cancel));
  const weight = form.querySelector('[name=weight]');
  weight.setAttribute('step', 'any');
  weight.setAttribute('placeholder', '1'); // left empty, the weight is 1
  if (!item) { // a new item's id follows its English title until the admin writes one
    const id = form.querySelector('[name=id]');
    id.placeholder = say('idHint');
    id.dataset.placeholder = 'idHint';
    let written = false;
    id.addEventListener('input', () => { written = id.value !== ''; });
    form.querySelector('[name=titleEn]').addEventListener('input', e => { if (!written) id.value = idFrom(e.target.value); });
  }

  const read = () => {
    const data = new FormData(form);
    const text = name => String(data.get(name) || '');
    // the moods in the item's own order (as its file has them), newly ticked ones after
    const ticked = data.getAll('moods').map(String);
    const kept = item ? item.moods.filter(m => ticked.includes(m)) : [];
    return { id: text('id'), titleEn: text('titleEn'), titleEs: text('titleEs'), descriptionEn: text('descriptionEn'),
      descriptionEs: text('descriptionEs'), moods: [...kept, ...ticked.filter(m => !kept.includes(m))],
      weight: text('weight').trim() === '' ? 1 : Number(text('weight')), urlEn: text('urlEn'), urlEs: text('urlEs'), image: text('image') || null,
      tags: text('tags').split(',').map(t => t.trim()).filter(Boolean), pinned: data.has('pinned'),
      group: data.has('group') };
  };
  // a 401: the form's heading says so, and so does the page's status line (not an earlier save's "Saved")
  const sessionEnded = () => {
    document.getElementById('status').textContent = say('signedOut');
    return say('sessionEnded');
  };
  // the inputs of the fields with a problem (catalog check's field names: title.es, url, moods) are marked
  const markFields = fields => {
    form.querySelectorAll('[aria-invalid]').forEach(n => n.removeAttribute('aria-invalid'));
    fields.forEach(f => {
      const [name, lang] = f.split('.');
      const input = name === 'moods' ? moods : form.querySelector(`[name="${INPUTS[name] || name}${
        ['title', 'description', 'url'].includes(name) ? (lang === 'es' ? 'Es' : 'En') : ''}"]`);
      if (input) input.setAttribute('aria-invalid', 'true');
    });
  };
  // a problem in this form's own item needs no file, line or id: the form is where it is. In the form's terms after
  // its field's name where the form has words for it ("Spanish link: “x” is not a whole web link"), else catalog
  // check's message, after the field's name where the file's differs
  const inForm = p => {
    const name = p.field && fieldName(p.field);
    const named = name ? `${name[0].toUpperCase()}${name.slice(1)}: ` : '';
    const own = say('formProblems');
    // "missing title" is worded for the field only where it is about that field
    const values = p.values || []; // an empty list is left out of the JSON
    const aboutField = !p.key.startsWith('field.') || values.includes((p.field || '').split('.')[0]);
    if (named && aboutField && Object.hasOwn(own, p.key)) {
      return named + (typeof own[p.key] === 'function' ? own[p.key](...values) : own[p.key]);
    }
    return (name !== p.field ? named : '') + p.message;
  };
  const line = p => el('li', { text: p.inItem ? inForm(p) : problemText(p) });
  let latest = [];
  // list: catalog check's problems; heading: what happened first (a save refused, a picture refused)
  const show = (list, heading) => {
    latest = list;
    markFields(list.filter(p => p.inItem && p.field).map(p => p.field));
    const here = list.filter(p => p.inItem);
    const elsewhere = list.filter(p => !p.inItem);
    problems.classList.toggle('clean', list.length === 0 && !heading);
    problems.replaceChildren(heading ? el('p', { class: 'refused', text: heading }) : '',
      ...(list.length === 0 ? [heading ? '' : el('p', { text: say('clean') })] : [
        here.length ? el('p', { text: say('problemsHere') }) : '',
        here.length ? el('ul', {}, ...here.map(line)) : '',
        elsewhere.length ? el('p', { text: say('problemsElsewhere') }) : '',
        elsewhere.length ? el('ul', {}, ...elsewhere.slice(0, 5).map(line)) : '']));
  };
  let timer = null;
  let asked = 0;
  const check = () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const mine = ++asked;
      const answer = await actions.check(read());
      if (mine === asked) show(answer.body.problems || [], answer.status === 401 ? sessionEnded() : undefined);
    }, 250);
  };
  // said under the links while the Spanish one is left empty (a film's or song's search by name serves both)
  const wordsInLinks = category === 'food' || category === 'place';
  const showLinkNote = () => {
    englishLinkForAll.hidden = !wordsInLinks || !!form.querySelector('[name=urlEs]').value.trim();
  };
  showLinkNote();
  form.addEventListener('input', e => {
    if (e.target !== upload) check();
    showLinkNote();
  });
  const tooBig = cap => show(latest, `${say('pictureRefused')} ${say('pictureTooBig', cap)}`);
  upload.addEventListener('change', async () => {
    if (!upload.files.length) return;
    if (upload.files[0].size > actions.pictureMaxBytes) { // the server would refuse it before reading it
      tooBig(`${+(actions.pictureMaxBytes / 1048576).toFixed(1)} MiB`);
      return;
    }
    const data = new FormData();
    data.append('picture', upload.files[0]);
    const response = await askServer('/admin/api/catalog/pictures', { method: 'POST', body: data }).catch(() => null);
    if (!response) { show(latest, `${say('pictureRefused')} ${say('failed')}`); return; } // the connection failed
    const body = await response.json().catch(() => ({}));
    if (response.ok) {
      image.value = body.name;
      showThumb();
      check();
    } else if (response.status === 413) {
      tooBig(null);
    } else {
      show(latest, `${say('pictureRefused')} ${body.problem || say('failed')}`);
    }
  });
  form.addEventListener('submit', async e => {
    e.preventDefault();
    clearTimeout(timer);
    asked++; // a check asked before the save must not redraw over the save's answer
    saveButton.disabled = true;
    try {
      const answer = await actions.save(read());
      if (answer.status !== 200) {
        const found = answer.status === 409 ? [] : answer.body.problems || [];
        const heading = answer.status === 401 ? sessionEnded() : answer.status === 409 ? say('staleKept')
          : !answer.body.problems ? say('failed')
          : found.length > 0 && found.every(p => !p.inItem && actions.onServer(p)) ? say('notSavedFilesOnServer')
            : say('notSaved');
        show(found, heading);
      }
    } finally {
      saveButton.disabled = false;
    }
  });
  cancel.addEventListener('click', actions.cancel);
  if (item) check();
  return form;
}
