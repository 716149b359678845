'use strict';
// The web channel: the same conversation as Messenger, rendered in the page.
const chat = document.getElementById('chat');
const input = document.getElementById('photo');
const statusLine = document.getElementById('status');
const session = sessionStorage.getItem('moodbot-session') || crypto.randomUUID();
sessionStorage.setItem('moodbot-session', session);

// What the page itself says; the bot's replies come from the server in the language sent with each request.
const TEXT = {
  en: { intro: "Send a selfie. I'll read your mood and suggest a film, a song, a dish or a place. "
               + 'Your photo stays in this conversation and is not kept.',
        catalog: 'Catalog preview', send: '📸 Send a photo', reading: 'Reading your mood…',
        hello: "Hi, I'm moodbot! Send me a selfie and I'll find something that fits your mood.",
        yourPhoto: 'Your photo', likely: 'How likely each mood is',
        wrong: 'Sorry, something went wrong. Please try again.',
        offline: 'I could not reach the server. Please try again in a moment.',
        moods: { angry: 'angry', disgust: 'disgust', fear: 'fear', happy: 'happy', sad: 'sad', surprise: 'surprise',
                 neutral: 'neutral' } },
  es: { intro: 'Mándame un selfi. Leo tu estado de ánimo y te propongo una película, una canción, un plato o un sitio. '
               + 'Tu foto se queda en esta conversación y no se guarda.',
        catalog: 'Ver el catálogo', send: '📸 Enviar una foto', reading: 'Leyendo tu estado de ánimo…',
        hello: '¡Hola, soy moodbot! Mándame un selfi y buscaré algo que encaje con tu ánimo.',
        yourPhoto: 'Tu foto', likely: 'Probabilidad de cada estado de ánimo',
        wrong: 'Perdona, algo ha fallado. Inténtalo de nuevo.',
        offline: 'No he podido conectar con el servidor. Inténtalo de nuevo en un momento.',
        moods: { angry: 'enfado', disgust: 'asco', fear: 'miedo', happy: 'alegría', sad: 'tristeza', surprise: 'sorpresa',
                 neutral: 'calma' } },
};
const languagePicker = document.getElementById('language');
// The browser's languages (what it sends as Accept-Language) pick the first one we speak, unless one was chosen here.
let language = localStorage.getItem('moodbot-language')
  || (navigator.languages || [navigator.language]).map(l => (l || '').slice(0, 2).toLowerCase()).find(l => TEXT[l])
  || 'en';
const say = key => TEXT[language][key];

function applyLanguage() {
  document.documentElement.lang = language;
  languagePicker.value = language;
  document.querySelectorAll('[data-text]').forEach(n => { n.textContent = say(n.dataset.text); });
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

function quickReplies(replies, owner) {
  if (!replies || replies.length === 0) return null;
  const row = el('div', { class: 'quick' });
  for (const q of replies) {
    const b = el('button', { type: 'button', 'data-payload': q.payload, text: q.title });
    b.addEventListener('click', () => {
      owner.querySelectorAll('.quick').forEach(r => r.remove());
      add('me', el('div', { class: 'bubble', text: q.title }));
      choose(q.payload);
    });
    row.append(b);
  }
  return row;
}

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

function chart(probabilities, top) {
  const grid = el('div', { class: 'chart', role: 'table', 'aria-label': say('likely') });
  for (const [mood, p] of Object.entries(probabilities)) {
    const pct = Math.round(p * 100);
    const bar = el('div', { class: 'bar', role: 'presentation' }, el('div', { style: `width:${pct}%` }));
    const cls = mood === top ? 'top' : '';
    grid.append(el('span', { class: cls, role: 'cell', text: say('moods')[mood] || mood }), bar, el('span', { class: cls, role: 'cell', text: `${pct}%` }));
  }
  return grid;
}

function showPhoto(file) {
  const img = el('img', { src: URL.createObjectURL(file), alt: say('yourPhoto') });
  const frame = el('div', { class: 'photo' }, img);
  add('me', frame);
  return { frame, img };
}

function drawFaces(frame, view) {
  view.allFaces.forEach((f, i) => {
    const box = el('div', { class: 'facebox', 'data-emotion': f.emotion,
      style: `left:${100 * f.x / view.width}%;top:${100 * f.y / view.height}%;` +
             `width:${100 * f.width / view.width}%;height:${100 * f.height / view.height}%` },
      el('span', { text: `${i === 0 ? '★ ' : ''}${say('moods')[f.emotion] || f.emotion} ${Math.round(f.confidence * 100)}%` }));
    frame.append(box);
  });
}

async function send(file) {
  const { frame } = showPhoto(file);
  statusLine.textContent = say('reading');
  const form = new FormData();
  form.append('image', file, file.name || 'photo.jpg');
  try {
    const res = await fetch('/api/analyze', { method: 'POST', body: form, headers: { 'X-Moodbot-Session': session, 'Accept-Language': language } });
    const view = await res.json();
    if ((view.allFaces || []).length) drawFaces(frame, view);
    if (view.probabilities) add('bot', chart(view.probabilities, view.emotion));
    (view.replies || []).forEach(renderReply);
    if (!view.replies) add('bot', el('div', { class: 'bubble', text: say('wrong') }));
  } catch (e) {
    add('bot', el('div', { class: 'bubble', text: say('offline') }));
  } finally {
    statusLine.textContent = '';
  }
}

async function choose(payload) {
  try {
    const res = await fetch('/api/choice', { method: 'POST', body: JSON.stringify({ payload }),
      headers: { 'Content-Type': 'application/json', 'X-Moodbot-Session': session, 'Accept-Language': language } });
    (await res.json()).replies.forEach(renderReply);
  } catch (e) {
    add('bot', el('div', { class: 'bubble', text: say('offline') }));
  }
}

input.addEventListener('change', () => {
  if (input.files.length) send(input.files[0]);
  input.value = '';
});

languagePicker.addEventListener('change', () => {
  language = languagePicker.value;
  localStorage.setItem('moodbot-language', language);
  applyLanguage();
  choose('LANG|' + language);
});

applyLanguage();
renderReply({ type: 'text', text: say('hello'), quickReplies: [] });
