'use strict';
// The web channel: the same conversation as Messenger, rendered in the page.
const chat = document.getElementById('chat');
const input = document.getElementById('photo');
const statusLine = document.getElementById('status');
const session = sessionStorage.getItem('moodbot-session') || crypto.randomUUID();
sessionStorage.setItem('moodbot-session', session);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'text') node.textContent = v; else node.setAttribute(k, v);
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
  const grid = el('div', { class: 'chart', role: 'table', 'aria-label': 'How likely each mood is' });
  for (const [mood, p] of Object.entries(probabilities)) {
    const pct = Math.round(p * 100);
    const bar = el('div', { class: 'bar', role: 'presentation' }, el('div', { style: `width:${pct}%` }));
    const cls = mood === top ? 'top' : '';
    grid.append(el('span', { class: cls, role: 'cell', text: mood }), bar, el('span', { class: cls, role: 'cell', text: `${pct}%` }));
  }
  return grid;
}

function showPhoto(file) {
  const img = el('img', { src: URL.createObjectURL(file), alt: 'Your photo' });
  const frame = el('div', { class: 'photo' }, img);
  add('me', frame);
  return { frame, img };
}

function drawFaces(frame, view) {
  view.allFaces.forEach((f, i) => {
    const box = el('div', { class: 'facebox', 'data-emotion': f.emotion,
      style: `left:${100 * f.x / view.width}%;top:${100 * f.y / view.height}%;` +
             `width:${100 * f.width / view.width}%;height:${100 * f.height / view.height}%` },
      el('span', { text: `${i === 0 ? '★ ' : ''}${f.emotion} ${Math.round(f.confidence * 100)}%` }));
    frame.append(box);
  });
}

async function send(file) {
  const { frame } = showPhoto(file);
  statusLine.textContent = 'Reading your mood…';
  const form = new FormData();
  form.append('image', file, file.name || 'photo.jpg');
  try {
    const res = await fetch('/api/analyze', { method: 'POST', body: form, headers: { 'X-Moodbot-Session': session } });
    const view = await res.json();
    if ((view.allFaces || []).length) drawFaces(frame, view);
    if (view.probabilities) add('bot', chart(view.probabilities, view.emotion));
    (view.replies || []).forEach(renderReply);
    if (!view.replies) add('bot', el('div', { class: 'bubble', text: 'Sorry, something went wrong. Please try again.' }));
  } catch (e) {
    add('bot', el('div', { class: 'bubble', text: 'I could not reach the server. Please try again in a moment.' }));
  } finally {
    statusLine.textContent = '';
  }
}

async function choose(payload) {
  try {
    const res = await fetch('/api/choice', { method: 'POST', body: JSON.stringify({ payload }),
      headers: { 'Content-Type': 'application/json', 'X-Moodbot-Session': session } });
    (await res.json()).replies.forEach(renderReply);
  } catch (e) {
    add('bot', el('div', { class: 'bubble', text: 'I could not reach the server. Please try again in a moment.' }));
  }
}

input.addEventListener('change', () => {
  if (input.files.length) send(input.files[0]);
  input.value = '';
});

renderReply({ type: 'text', text: "Hi, I'm moodbot! Send me a selfie and I'll find something that fits your mood.", quickReplies: [] });
