// The figures page says when the catalog files on the server fail the check (the bot keeps its last good
// catalog meanwhile, and the editor refuses saves), with the way to the editor, which lists them.
import { say } from '/admin-text.js';

const line = document.getElementById('catalog-problems');
let count = 0;

function draw() {
  const editor = document.createElement('a');
  editor.href = '/admin/catalog';
  editor.textContent = say('toTheEditor');
  line.replaceChildren(say('catalogProblems', count), ' ', editor);
  line.hidden = count === 0;
}

async function check() {
  const res = await fetch('/admin/api/catalog/problems', { credentials: 'same-origin' });
  if (!res.ok) return; // the figures' own request says what went wrong
  count = (await res.json()).problems || 0;
  draw();
}

document.addEventListener('moodbot-language', draw);
check().catch(() => { /* the figures still show */ });
