'use strict';
// The web channel: the same conversation as Messenger, rendered in the page.
const chat = document.getElementById('chat');
const input = document.getElementById('photo');
const statusLine = document.getElementById('status');
const uploadLabel = document.querySelector('label[for=photo]');
const session = sessionStorage.getItem('moodbot-session') || crypto.randomUUID();
sessionStorage.setItem('moodbot-session', session);

// What the page itself says; the bot's replies come from the server in the language sent with each request.
const TEXT = {
  en: { intro: "Send a selfie. I'll read your mood and suggest a film, a song, a dish or a place. "
               + 'Your photo is only shown here and is never stored.',
        language: 'Language', conversation: 'Conversation',
        send: '📸 Send a photo', reading: 'Reading your mood…',
        hello: "Hi, I'm moodbot! Send me a selfie and I'll find something that fits your mood.",
        // the greeting's buttons, as the bot's own greeting words them (Phrases.categoryTitle: MoodWordsTest)
        kinds: { film: '🎬 A film', song: '🎵 A song', food: '🍜 A dish', place: '📍 A place' },
        yourPhoto: 'Your photo', likely: 'How likely each mood is', notSent: 'Not read',
        biggest: 'The biggest face (★):', group: n => `The group's ${n} faces, by mood:`,
        wrong: 'Sorry, something went wrong. Please try again.',
        offline: 'I couldn\'t reach the server. Please try again in a moment.',
        slow: 'This is taking too long. Please try again in a moment.',
        tooBig: 'That photo is too big for me. Please send a smaller one.',
        heic: 'I can\'t open HEIC photos in this browser. Please send a JPEG or PNG '
              + '(on an iPhone: Settings > Camera > Formats > Most Compatible).',
        notPhoto: 'I can only read photos: JPEG, PNG, GIF, WebP or BMP.',
        wait: s => `You're sending photos a little fast. Please wait ${s} second${s === 1 ? '' : 's'} and try again.`,
        // the words the bot's replies use (EnglishPhrases.moodName): "You look calm" beside a face marked calm
        moods: { angry: 'angry', disgust: 'disgusted', fear: 'scared', happy: 'happy', sad: 'sad', surprise: 'surprised',
                 neutral: 'calm' } },
  es: { intro: 'Mándame un selfi. Leo tu estado de ánimo y te propongo una película, una canción, un plato o un sitio. '
               + 'Tu foto solo se muestra aquí y nunca se guarda.',
        language: 'Idioma', conversation: 'Conversación',
        send: '📸 Enviar una foto', reading: 'Leyendo tu estado de ánimo…',
        hello: '¡Hola, soy moodbot! Mándame un selfi y buscaré algo que encaje con tu estado de ánimo.',
        kinds: { film: '🎬 Una película', song: '🎵 Una canción', food: '🍜 Un plato', place: '📍 Un sitio' },
        yourPhoto: 'Tu foto', likely: 'Probabilidad de cada estado de ánimo', notSent: 'Sin leer',
        biggest: 'La cara más grande (★):', group: n => `Las ${n} caras del grupo, por estado de ánimo:`,
        wrong: 'Perdona, algo ha fallado. Inténtalo de nuevo.',
        offline: 'No he podido conectar con el servidor. Inténtalo de nuevo en un momento.',
        slow: 'Está tardando demasiado. Inténtalo de nuevo en un momento.',
        tooBig: 'Esa foto es demasiado grande para mí. Mándame una más pequeña.',
        heic: 'No puedo abrir fotos HEIC en este navegador. Mándame un JPEG o un PNG '
              + '(en un iPhone: Ajustes > Cámara > Formatos > Más compatible).',
        notPhoto: 'Solo puedo leer fotos: JPEG, PNG, GIF, WebP o BMP.',
        wait: s => `Vas un poco rápido. Espera ${s} segundo${s === 1 ? '' : 's'} y vuelve a intentarlo.`,
        moods: { angry: 'enfado', disgust: 'asco', fear: 'miedo', happy: 'alegría', sad: 'tristeza', surprise: 'sorpresa',
                 neutral: 'calma' } },
};
const languagePicker = document.getElementById('language');
// The browser's languages (what it sends as Accept-Language) pick the first one we speak, unless one was chosen here.
let language = localStorage.getItem('moodbot-language')
  || (navigator.languages || [navigator.language]).map(l => (l || '').slice(0, 2).toLowerCase()).find(l => TEXT[l])
  || 'en';
/** 0.92 -> "92%" in English, "92 %" in Spanish, as the bot's replies write it. */
const percent = x => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(x);
const say = key => TEXT[language][key];

function applyLanguage() {
  document.documentElement.lang = language;
  languagePicker.value = language;
  document.querySelectorAll('[data-text]').forEach(n => { n.textContent = say(n.dataset.text); });
  document.querySelectorAll('[data-kind]').forEach(n => { n.textContent = say('kinds')[n.dataset.kind]; });
  document.querySelectorAll('[data-label]').forEach(n => n.setAttribute('aria-label', say(n.dataset.label)));
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    // style through the CSSOM: the Content-Security-Policy blocks style attributes, not this
    if (k === 'text') node.textContent = v; else if (k === 'style') node.style.cssText = v; else node.setAttribute(k, v);
  }
  children.forEach(c => c && node.append(c));
  return node;
}

function add(who, content) {
  const item = el('li', { class: `msg ${who}` }, content);
  chat.append(item);
  requestAnimationFrame(() => item.scrollIntoView({ block: 'end' }));
  return item;
}

/**
 * Runs one of the person's actions (a quick reply, a new photo). The quick replies under earlier messages wait
 * while it runs; once it is answered they are spent, and if it is not, they are usable again.
 */
let answers = 0; // the person's actions the bot has answered on this page
async function act(action) {
  const waiting = [...chat.querySelectorAll('.quick button:not(:disabled)')];
  waiting.forEach(b => { b.disabled = true; });
  const before = answers;
  let answered = false;
  try {
    answered = await action();
  } finally {
    if (answered) answers++;
    else if (answers === before) waiting.forEach(b => { b.disabled = false; }); // unless a later action spent them
  }
  return answered;
}

function quickReplies(replies, owner) {
  if (!replies || replies.length === 0) return null;
  const row = el('div', { class: 'quick' });
  for (const q of replies) {
    const b = el('button', { type: 'button', 'data-payload': q.payload, text: q.title });
    b.addEventListener('click', async () => {
      const tapped = add('me', el('div', { class: 'bubble', text: b.textContent }));
      if (await act(() => choose(q.payload))) {
        owner.querySelectorAll('.quick').forEach(r => r.remove());
      } else {
        markUnread(tapped);
        if (!b.disabled) b.focus();
      }
    });
    row.append(b);
  }
  return row;
}

// what the person sent that the bot could not read (too fast, no connection): marked, so it does not look answered
const markUnread = item => { item.classList.add('unread'); item.append(el('small', { text: say('notSent') })); };

function renderReply(r) {
  const item = add('bot', null);
  if (r.type === 'card') {
    const picture = r.imageUrl ? el('img', { src: r.imageUrl, alt: '' }) : null;
    // the picture's room is reserved by CSS; scroll once more when it arrives, so the quick replies stay in view
    if (picture) picture.addEventListener('load', () => item.scrollIntoView({ block: 'end' }));
    const card = el('article', { class: 'card' },
      picture,
      el('div', { class: 'body' }, el('h2', { text: r.title }), el('p', { text: r.subtitle || '' })),
      el('a', { href: r.buttonUrl, target: '_blank', rel: 'noopener noreferrer', text: r.buttonTitle }));
    item.append(card);
  } else {
    item.append(el('div', { class: 'bubble', text: r.text }));
  }
  const quick = quickReplies(r.quickReplies, item);
  if (quick) item.append(quick);
}

// rows: [mood, share of the bar (0 to 1), the figure written]; caption: what the chart is for, or none
function chart(rows, top, label, caption) {
  const grid = el('div', { class: 'chart', role: 'table', 'aria-label': label });
  for (const [mood, share, figure] of rows) {
    const cls = mood === top ? 'top' : '';
    // a row per mood for assistive technology; display: contents keeps the three columns of the grid
    grid.append(el('div', { class: 'row', role: 'row' },
      el('span', { class: cls, role: 'cell', text: say('moods')[mood] || mood }),
      el('div', { class: 'bar', role: 'presentation' }, el('div', { style: `width:${Math.round(share * 100)}%` })),
      el('span', { class: cls, role: 'cell', text: figure })));
  }
  return caption ? el('div', {}, el('p', { class: 'chart-face', text: caption }), grid) : grid;
}

// how likely each mood is on the face read; with several faces on the photo, the chart says which one it is for
const faceChart = (face, ofSeveral) => chart(Object.entries(face.probabilities).map(([m, p]) => [m, p, percent(p)]),
  face.emotion, ofSeveral ? `${say('biggest')} ${say('likely')}` : say('likely'), ofSeveral ? say('biggest') : null);

// a photo answered for the group: the group's faces counted per mood, the card's mood first
const groupChart = group => {
  const caption = say('group')(group.faces);
  return chart(Object.entries(group.moods).map(([m, n]) => [m, n / group.faces, String(n)]), group.mood, caption, caption);
};

function showPhoto(blob) {
  const img = el('img', { src: URL.createObjectURL(blob), alt: say('yourPhoto') });
  const frame = el('div', { class: 'photo' }, img);
  return { frame, item: add('me', frame) };
}

// a file the browser cannot show: its name, not a broken image
function showFile(file) {
  return { item: add('me', el('div', { class: 'bubble', text: `📎 ${file.name || say('yourPhoto')}` })) };
}

const botSays = text => add('bot', el('div', { class: 'bubble', text }));

// every face read, with its mood; the star marks the biggest, the one the chart is for (none for a group)
function drawFaces(frame, view) {
  view.faces.forEach((f, i) => {
    // a face at the top edge gets its label inside the box, not cut off above the photo
    const edge = f.y / view.height < 0.08 ? ' edge' : '';
    // a face in the right half gets its label from its right side, so the label stays over the photo
    const side = (f.x + f.width / 2) / view.width > 0.5 ? ' right' : '';
    const box = el('div', { class: 'facebox' + edge + side, 'data-emotion': f.emotion,
      style: `left:${100 * f.x / view.width}%;top:${100 * f.y / view.height}%;` +
             `width:${100 * f.width / view.width}%;height:${100 * f.height / view.height}%` },
      el('span', { text: `${i === 0 && !view.group ? '★ ' : ''}${say('moods')[f.emotion] || f.emotion} ${percent(f.confidence)}` }));
    frame.append(box);
  });
}

// a request that has not been answered by then ends in a reply, never in an endless "Reading your mood…"
const TIMEOUT_MS = 45000;

/** POST with a deadline that covers the answer's body too; a timeout rejects with an AbortError. */
async function post(url, init) {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), Number(sessionStorage.getItem('moodbot-timeout-ms')) || TIMEOUT_MS);
  try {
    const res = await fetch(url, { ...init, method: 'POST', signal: abort.signal });
    let body = null;
    try { body = await res.json(); } catch (e) { if (e.name === 'AbortError') throw e; }
    return { res, body };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * What the page says for an error: the server's own message (every error of /api/* is a problem with a
 * message in the language sent), else its own words for the status (a proxy's error page, say).
 */
function failure(res, body) {
  if (body && typeof body.message === 'string' && body.message) return body.message;
  if (res.status === 413) return say('tooBig');
  if (res.status === 415) return say('notPhoto');
  if (res.status === 429) {
    const seconds = Number(res.headers.get('Retry-After')) || 1;
    return say('wait')(Math.max(1, Math.ceil(seconds)));
  }
  return say('wrong');
}

const trouble = e => say(e && e.name === 'AbortError' ? 'slow' : 'offline');

function busy(on) {
  input.disabled = on;
  uploadLabel.classList.toggle('disabled', on);
  uploadLabel.setAttribute('aria-disabled', String(on));
  statusLine.textContent = on ? say('reading') : '';
}

/** Whether the server answered the photo with the bot's replies (a photo it read and found nothing in included). */
async function send(file) {
  busy(true);
  let sent = null;
  try {
    const photo = await PhotoPrep.prepare(file);
    if (photo.kind === 'heic') { showFile(file); botSays(say('heic')); return false; }
    const { frame, item } = photo.kind === 'photo' ? showPhoto(photo.blob) : showFile(file);
    sent = item;
    const form = new FormData();
    form.append('image', photo.blob, photo.name);
    const { res, body: view } = await post('/api/analyze',
      { body: form, headers: { 'X-Moodbot-Session': session, 'Accept-Language': language } });
    if (!res.ok || !view || !Array.isArray(view.replies)) {
      if (res.status === 429 || res.status >= 500) markUnread(sent);
      botSays(failure(res, view));
      return false;
    }
    sent = null; // read: nothing below makes it unread
    const face = (view.faces || [])[0];
    if (frame && face) drawFaces(frame, view);
    if (view.group) add('bot', groupChart(view.group));
    else if (face) add('bot', faceChart(face, view.faces.length > 1));
    view.replies.forEach(renderReply);
    return true;
  } catch (e) {
    if (sent) markUnread(sent);
    botSays(trouble(e));
    return false;
  } finally {
    busy(false);
  }
}

/** Whether the server answered the payload with the bot's replies. */
async function choose(payload) {
  try {
    const { res, body } = await post('/api/choice', { body: JSON.stringify({ payload }),
      headers: { 'Content-Type': 'application/json', 'X-Moodbot-Session': session, 'Accept-Language': language } });
    if (!res.ok || !body || !Array.isArray(body.replies)) { botSays(failure(res, body)); return false; }
    body.replies.forEach(renderReply);
    return true;
  } catch (e) {
    botSays(trouble(e));
    return false;
  }
}

input.addEventListener('change', () => {
  if (input.files.length) { const file = input.files[0]; act(() => send(file)); }
  input.value = '';
});

languagePicker.addEventListener('change', () => {
  language = languagePicker.value;
  localStorage.setItem('moodbot-language', language);
  applyLanguage();
  choose('LANG|' + language);
});

applyLanguage();
// the page's own greeting, not a reply: a language switch rewords it with the rest of the page; its buttons ask for a
// kind of suggestion without a selfie, as the bot's greeting on Messenger does
const greeting = add('bot', el('div', { class: 'bubble', 'data-text': 'hello', text: say('hello') }));
const kinds = Object.entries(say('kinds')).map(([kind, title]) => ({ title, payload: 'BROWSE|' + kind }));
greeting.append(quickReplies(kinds, greeting));
greeting.querySelectorAll('button').forEach(b => { b.dataset.kind = b.dataset.payload.split('|')[1]; });
