// What the catalog editor and the catalog preview share: their words in English and Spanish, the
// language, human dates, the coverage grid and the catalog as the server reads it.
import { pageText } from '/i18n.js';
import { MOODS, moodWord } from '/mood-words.js';

const TEXT = {
  en: {
    editorTitle: 'Catalog editor', previewTitle: 'Catalog preview', editorTab: 'moodbot: catalog editor',
    previewTab: 'moodbot: catalog preview', language: 'Language', figures: 'Figures',
    editor: 'Catalog editor', preview: 'Catalog preview', signOut: 'Sign out', loading: 'Loading…',
    coverage: 'Items per mood and category', coverageNote: n => `Cells with fewer than ${n} items are marked.`,
    fewItems: 'few items', mood: 'Mood', all: 'all', search: 'Search', showIn: 'Texts in',
    count: n => `${n} item${n === 1 ? '' : 's'}`, add: 'Add', edit: 'Edit', remove: 'Remove', cancel: 'Cancel',
    save: 'Save', id: 'Id', idHint: 'from the English title: lower-case letters, digits and dashes', title: 'Title', description: 'Description', moods: 'Moods', weight: 'Weight',
    link: 'Link', picture: 'Picture', upload: 'Upload a picture', tags: 'Tags (comma between)', group: 'For groups (a group photo prefers it)',
    pinned: 'Pinned (leads for its moods, whatever people tap)',
    english: 'English', spanish: 'Spanish', sameAsEnglish: 'empty: the English one',
    spanishNeeded: 'needed: written in Spanish',
    englishLinkForAll: 'Spanish speakers will get the English link: give them one in Spanish where there is one (a recipe or map search in Spanish).',
    problemsHere: 'To fix before saving:',
    problemsElsewhere: 'Elsewhere in the catalog:', clean: 'Nothing to fix: ready to save.',
    saved: 'Saved. The bot uses it now.', removed: 'Removed. The bot no longer offers it.',
    stale: 'Someone changed this file meanwhile. The page now shows their version; make your change again.',
    fromService: 'The files on the server do not pass the check (above), so this list shows the catalog the bot '
      + 'uses, which can differ from them. Saving writes this form over the item\'s lines in its file (anything else '
      + 'written there by hand is lost), and only works once the whole catalog passes: fix the other problems, or '
      + 'put their files back.',
    notSavedShort: 'Not saved: see the form.',
    staleKept: 'Someone changed this file meanwhile. The list now shows their version; your change is still in '
      + 'the form: check it and save again.',
    failed: 'That did not work. Please try again.', notSaved: 'Not saved: first fix the problems below.',
    notSavedFilesOnServer: 'Not saved: the problems below are in the catalog files on the server, not in this form. '
      + 'Fix them in those files, or put a file back as the bot uses it (the buttons at the top of the page), then save again.',
    pictureRefused: 'Picture not uploaded:',
    pictureTooBig: cap => `the file is over the ${cap || 'size'} a picture may have: save a smaller copy and upload that.`,
    confirmRemove: t => `Remove “${t}” from the catalog?`,
    versions: 'Earlier versions', versionsNote: 'Each save keeps the file as it was; the last 20 per file.',
    noVersions: 'None yet: each save keeps the previous version here.', restore: 'Undo',
    confirmRestore: (f, d, c, later) => (c ? `Undo “${c}” in ${f}, putting the file back as it was before ${d}?`
      : `Put back ${f} as it was before ${d}?`)
      + (later ? ` This also undoes the ${later === 1 ? 'later save' : `${later} later saves`} of ${f} (kept under Earlier versions).` : ''),
    restored: 'Undone: the file is as it was before that change.',
    putBack: f => `Put back ${f} as the bot uses it`, putBackDone: 'Put back: the file is the one the bot uses.',
    confirmPutBack: f => `Replace ${f} on the server with the version the bot uses? The file as it is now is kept in the catalog folder's .versions/, to copy from by hand.`,
    replacedBy: { added: i => `${i} was added`, edited: i => `${i} was edited`, removed: i => `${i} was removed`,
      restored: d => (d ? `the file as it was before ${d} was put back` : 'an earlier version was put back'),
      'put-back': () => 'the file the bot used was put back' },
    // a problem in the form's own item, in the form's terms, after its field's name ("English title: missing")
    formProblems: { 'field.missing': 'missing', 'field.empty': 'missing', 'field.empty-in': 'missing',
      'field.missing-in': 'missing', 'item.no-moods': 'tick at least one',
      'item.bad-url': link => (/^https?:\/\/$/.test(link) ? 'missing'
        : `“${link}” is not a whole web link: write it like https://www.example.org/page`),
      'item.bad-weight': 'write a number above 0, like 1 or 2.5',
      'image.missing': 'there is no such picture in the catalog: choose one with “Upload a picture”',
      'field.too-long': (field, n, max) => `${n} characters, and Messenger shows ${max} at most: shorten it`,
      'field.too-long-in': (field, language, n, max) => `${n} characters, and Messenger shows ${max} at most: shorten it`,
      'item.duplicate-id': id => `another item already has “${id}”: write another (it need not follow the title)` },
    fieldNames: { id: 'id', title: 'title', description: 'description', 'title.en': 'English title', 'title.es': 'Spanish title', 'description.en': 'English description',
      'description.es': 'Spanish description', moods: 'moods', weight: 'weight', url: 'link', 'url.en': 'English link', 'url.es': 'Spanish link', image: 'picture', tags: 'tags',
      pin: 'pinned', group: 'for groups' },
    replacedAt: d => `replaced ${d}`, diskProblems: n => `The catalog files on the server have ${n === 1 ? 'a problem' : 'problems'} (the bot keeps using the last good catalog):`,
    noMatch: 'No item matches: try other words, or all moods.', justNow: 'just now', checked: d => `Catalog files read ${d}.`, signedOut: 'Your session has ended. Sign in again.',
    sessionEnded: 'Your session has ended. Sign in again in another tab (/admin), then save: what you typed stays here.',
    categories: { film: 'Films', song: 'Songs', food: 'Food', place: 'Places' },
  },
  es: {
    editorTitle: 'Editor del catálogo', previewTitle: 'Vista previa del catálogo', editorTab: 'moodbot: editor del catálogo',
    previewTab: 'moodbot: vista previa del catálogo', language: 'Idioma', figures: 'Cifras',
    editor: 'Editor del catálogo', preview: 'Vista previa del catálogo', signOut: 'Cerrar sesión', loading: 'Cargando…',
    coverage: 'Elementos por estado de ánimo y categoría', coverageNote: n => `Se marcan las celdas con menos de ${n} elementos.`,
    fewItems: 'pocos elementos', mood: 'Ánimo', all: 'todos', search: 'Buscar', showIn: 'Textos en',
    count: n => `${n} elemento${n === 1 ? '' : 's'}`, add: 'Añadir', edit: 'Editar', remove: 'Quitar', cancel: 'Cancelar',
    save: 'Guardar', id: 'Id', idHint: 'del título en inglés: minúsculas, cifras y guiones', title: 'Título', description: 'Descripción', moods: 'Estados de ánimo', weight: 'Peso',
    link: 'Enlace', picture: 'Imagen', upload: 'Subir una imagen', tags: 'Etiquetas (separadas por comas)', group: 'Para grupos (una foto de grupo lo prefiere)',
    pinned: 'Fijado (va primero para sus estados de ánimo, se toque lo que se toque)',
    english: 'Inglés', spanish: 'Español', sameAsEnglish: 'vacío: el de inglés',
    spanishNeeded: 'obligatoria: escrita en español',
    englishLinkForAll: 'Quien habla español recibirá el enlace en inglés: dale uno en español si lo hay (una búsqueda de recetas o en el mapa en español).',
    problemsHere: 'Por corregir antes de guardar:',
    problemsElsewhere: 'En otras partes del catálogo:', clean: 'Nada que corregir: listo para guardar.',
    saved: 'Guardado. El bot ya lo usa.', removed: 'Quitado. El bot ya no lo ofrece.',
    stale: 'Alguien ha cambiado este archivo mientras tanto. La página muestra ya su versión; vuelve a hacer tu cambio.',
    fromService: 'Los archivos del servidor no pasan la revisión (arriba), así que esta lista muestra el catálogo que '
      + 'usa el bot, que puede ser distinto. Al guardar, este formulario sustituye las líneas del elemento en su '
      + 'archivo (se pierde lo que se haya escrito allí a mano), y solo se guarda cuando todo el catálogo pasa la '
      + 'revisión: corrige los demás problemas o vuelve a poner sus archivos.',
    notSavedShort: 'No se ha guardado: mira el formulario.',
    staleKept: 'Alguien ha cambiado este archivo mientras tanto. La lista muestra ya su versión; tu cambio sigue '
      + 'en el formulario: revísalo y vuelve a guardar.',
    failed: 'No ha funcionado. Inténtalo de nuevo.', notSaved: 'No se ha guardado: corrige antes los problemas de abajo.',
    notSavedFilesOnServer: 'No se ha guardado: los problemas de abajo están en los archivos del catálogo del servidor, '
      + 'no en este formulario. Corrígelos en esos archivos o vuelve a poner un archivo como lo usa el bot (los botones '
      + 'de la parte superior de la página) y guarda de nuevo.',
    pictureRefused: 'Imagen no subida:',
    pictureTooBig: cap => `el archivo pasa ${cap ? `de los ${cap}` : 'del tamaño'} que puede tener una imagen: guarda una copia más pequeña y súbela.`,
    confirmRemove: t => `¿Quitar «${t}» del catálogo?`,
    versions: 'Versiones anteriores', versionsNote: 'Cada vez que se guarda se conserva el archivo anterior; los últimos 20 de cada uno.',
    noVersions: 'Ninguna todavía: al guardar, la versión anterior queda aquí.', restore: 'Deshacer',
    confirmRestore: (f, d, c, later) => (c ? `¿Deshacer «${c}» en ${f}, dejando el archivo como estaba antes de ${d}?`
      : `¿Volver a poner ${f} como estaba antes de ${d}?`)
      + (later ? ` También se deshace${later === 1 ? ' el cambio guardado después' : `n los ${later} cambios guardados después`} en ${f} (${later === 1 ? 'queda' : 'quedan'} en Versiones anteriores).` : ''),
    restored: 'Deshecho: el archivo está como antes de ese cambio.',
    putBack: f => `Volver a poner ${f} como lo usa el bot`, putBackDone: 'Hecho: el archivo vuelve a ser el que usa el bot.',
    confirmPutBack: f => `¿Sustituir ${f} del servidor por la versión que usa el bot? El archivo tal como está ahora queda en .versions/ de la carpeta del catálogo, para copiar de él a mano.`,
    replacedBy: { added: i => `se añadió ${i}`, edited: i => `se editó ${i}`, removed: i => `se quitó ${i}`,
      restored: d => (d ? `se volvió a poner el archivo como estaba antes de ${d}` : 'se recuperó una versión anterior'),
      'put-back': () => 'se volvió a poner el archivo que usaba el bot' },
    formProblems: { 'field.missing': 'falta', 'field.empty': 'falta', 'field.empty-in': 'falta', 'field.missing-in': 'falta',
      'item.no-moods': 'marca al menos uno',
      'item.bad-url': link => (/^https?:\/\/$/.test(link) ? 'falta'
        : `«${link}» no es un enlace web completo: escríbelo como https://www.example.org/pagina`),
      'item.bad-weight': 'escribe un número mayor que 0, como 1 o 2,5',
      'image.missing': 'esa imagen no está en el catálogo: elige una con «Subir una imagen»',
      'field.too-long': (field, n, max) => `${n} caracteres, y Messenger muestra ${max} como mucho: acórtalo`,
      'field.too-long-in': (field, language, n, max) => `${n} caracteres, y Messenger muestra ${max} como mucho: acórtalo`,
      'item.duplicate-id': id => `otro elemento ya tiene «${id}»: escribe otro (no tiene por qué seguir al título)` },
    fieldNames: { id: 'id', title: 'título', description: 'descripción', 'title.en': 'título en inglés', 'title.es': 'título en español',
      'description.en': 'descripción en inglés', 'description.es': 'descripción en español', moods: 'estados de ánimo',
      weight: 'peso', url: 'enlace', 'url.en': 'enlace en inglés', 'url.es': 'enlace en español', image: 'imagen', tags: 'etiquetas', pin: 'fijado', group: 'para grupos' },
    replacedAt: d => `sustituido ${d}`, diskProblems: n => `Los archivos del catálogo del servidor tienen ${n === 1 ? 'un problema' : 'problemas'} (el bot sigue con el último catálogo válido):`,
    noMatch: 'Ningún elemento coincide: prueba con otras palabras o con todos los estados de ánimo.', justNow: 'ahora mismo', checked: d => `Archivos del catálogo leídos ${d}.`, signedOut: 'Tu sesión ha terminado. Vuelve a entrar.',
    sessionEnded: 'Tu sesión ha terminado. Vuelve a entrar en otra pestaña (/admin) y guarda: lo que has escrito sigue aquí.',
    categories: { film: 'Películas', song: 'Canciones', food: 'Comida', place: 'Sitios' },
  },
};

const text = pageText(TEXT);
export let language = text.language();
export const say = text.say;
export const moodName = mood => moodWord(language, mood);
export const categoryName = category => TEXT[language].categories[category] || category;
/** The form's name for one of the files' fields ("url.es": "Spanish link"); the field's own name where it has none. */
export const fieldName = field => (Object.hasOwn(TEXT[language].fieldNames, field) ? TEXT[language].fieldNames[field] : field);

/** Rewords the page: every [data-text] (pageText's set), [data-mood] and [data-placeholder]. */
export function setLanguage(chosen, remember = false) {
  text.set(chosen, remember);
  language = text.language();
  document.querySelectorAll('[data-mood]').forEach(n => { n.textContent = moodName(n.dataset.mood); });
  document.querySelectorAll('[data-placeholder]').forEach(n => { n.placeholder = say(n.dataset.placeholder); });
}

/** "5 minutes ago", "yesterday", "hace 3 días"; the exact date and time go in a title. */
export function humanDate(iso, now = Date.now()) {
  const seconds = (new Date(iso).getTime() - now) / 1000;
  const units = [['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400], ['hour', 3600], ['minute', 60]];
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) {
      return format.format(Math.round(seconds / size), unit);
    }
  }
  return say('justNow');
}

export const exactDate = iso => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' })
  .format(new Date(iso));

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs).forEach(([k, v]) => {
    if (v === false || v == null) return;
    if (k === 'text') node.textContent = v; else node.setAttribute(k, v === true ? '' : v);
  });
  node.append(...children);
  return node;
}

/**
 * One finding of catalog check as {@code file:line (item): message}: no line for a whole file or folder,
 * no item where the line is in none.
 */
export const problemText = p => (p.file ? `${p.file}${p.line ? `:${p.line}` : ''}${p.item ? ` (${p.item})` : ''}: ` : '')
  + p.message;

/** A call to the editor's API in the page's language, so what catalog check finds comes back in it. */
export const askServer = (path, options = {}) =>
  fetch(path, { ...options, headers: { ...options.headers, 'Accept-Language': language } });

let loads = 0;

/**
 * The catalog as the server's files hold it; a signed-out page goes back to the sign-in. Null when a
 * later call (a quick language switch) was made meanwhile: the last call has the last word.
 */
export async function loadCatalog() {
  const mine = ++loads;
  const response = await askServer('/admin/api/catalog', { headers: { Accept: 'application/json' } });
  if (mine !== loads) return null;
  if (response.status === 401) {
    location.assign('/admin?next=' + encodeURIComponent(location.pathname));
    throw new Error(say('signedOut'));
  }
  if (!response.ok) throw new Error(say('failed'));
  const view = complete(await response.json());
  return mine === loads ? view : null;
}

/** The server's JSON leaves out empty lists (Micronaut Serde's NON_EMPTY): put them back. */
function complete(view) {
  return { ...view, problems: view.problems || [], versions: view.versions || [], coverage: view.coverage || {},
    moods: view.moods || [], revisions: view.revisions || {},
    items: (view.items || []).map(e => ({ category: e.category,
      item: { ...e.item, moods: e.item.moods || [], tags: e.item.tags || [], image: e.item.image || null } })) };
}

/** Rows: moods; columns: categories; each cell the number of items, marked under the floor. */
export function coverageGrid(view) {
  const categories = Object.keys(view.coverage);
  const head = el('tr', {}, el('th', { scope: 'col', text: say('mood') }),
    ...categories.map(c => el('th', { scope: 'col', class: 'n', text: categoryName(c) })));
  const rows = view.moods.map(mood => el('tr', {}, el('th', { scope: 'row', text: moodName(mood) }),
    ...categories.map(c => {
      const n = view.coverage[c][mood] || 0;
      const low = n < view.coverageFloor;
      return el('td', { class: low ? 'n low' : 'n', title: low ? say('fewItems') : null }, String(n),
        low ? el('span', { class: 'visually-hidden', text: ` (${say('fewItems')})` }) : '');
    })));
  return el('table', { class: 'coverage', id: 'coverage' }, el('thead', {}, head), el('tbody', {}, ...rows));
}

/** Does the item match the search words (in either language, its id or tags) and the mood? */
function matches(entry, words, mood) {
  const i = entry.item;
  const text = [i.id, i.titleEn, i.titleEs, i.descriptionEn, i.descriptionEs, ...(i.tags || [])].join(' ').toLowerCase();
  return (!mood || i.moods.includes(mood)) && words.toLowerCase().split(/\s+/).every(w => text.includes(w));
}

export const titleOf = (item, lang) => (lang === 'es' ? item.titleEs : item.titleEn);
export const descriptionOf = (item, lang) => (lang === 'es' ? item.descriptionEs : item.descriptionEn);
export const urlOf = (item, lang) => (lang === 'es' ? item.urlEs : item.urlEn);
// an item's own picture, as the card shows it: a file name in images/ (LocalImages.isLocal) or an https URL
export const pictureSrc = image => (image.includes(':') ? image : `/pictures/${encodeURIComponent(image)}`);
/** Moods, weight, pinned, for groups, then {@code more} (the id, tags), in one line under an item. */
export const metaLine = (item, ...more) => [item.moods.map(moodName).join(', '), `${say('weight')} ${item.weight}`,
  item.pinned ? say('fieldNames').pin : '', item.group ? say('fieldNames').group : '', ...more].filter(Boolean).join(' · ');

/**
 * The language menu, the search box and the mood filter, set to the page's language; {@code render}
 * runs after each change (it should do nothing until the catalog has loaded), {@code reload} instead
 * after a language change, to fetch catalog check's words in the new language.
 */
export function wireFilters(render, reload) {
  const languagePicker = document.getElementById('language');
  const moodFilter = document.getElementById('mood');
  languagePicker.value = language;
  setLanguage(language);
  MOODS.forEach(m => moodFilter.append(el('option', { value: m, 'data-mood': m, text: moodName(m) })));
  languagePicker.addEventListener('change', () => {
    setLanguage(languagePicker.value, true);
    reload();
  });
  document.getElementById('search').addEventListener('input', render);
  moodFilter.addEventListener('change', render);
  document.getElementById('filters').addEventListener('submit', e => e.preventDefault());
}

/** One section per category from {@code section(category, entries)}, each with the items the filters let through. */
export function renderCategories(view, section) {
  const words = document.getElementById('search').value.trim();
  const mood = document.getElementById('mood').value;
  let shown = 0;
  document.getElementById('categories').replaceChildren(...Object.keys(view.coverage).map(category => {
    const entries = view.items.filter(e => e.category === category && matches(e, words, mood));
    shown += entries.length;
    return section(category, entries);
  }));
  document.getElementById('count').textContent = say('count', shown);
  if (shown === 0 && (words || mood)) document.getElementById('categories').prepend(el('p', { class: 'note', text: say('noMatch') }));
}

/** Above either page's list: the coverage grid and the problems in the files on disk. */
export function renderOverview(view) {
  document.getElementById('coverage-note').textContent = say('coverageNote', view.coverageFloor);
  document.getElementById('coverage-box').replaceChildren(coverageGrid(view));
  const disk = document.getElementById('disk-problems');
  disk.hidden = view.problems.length === 0;
  disk.replaceChildren(el('p', { text: say('diskProblems', view.problems.length) }),
    el('ul', {}, ...view.problems.map(p => el('li', { text: problemText(p) }))));
}
