// The admin page's learning table: fetches /admin/api/learning and shows one mood and category at a time.
import { say, language, moodName, categoryName, statusName, percent, count } from '/admin-text.js';

{
  const el = id => document.getElementById(id);
  const pct = percent;
  let rankings = [];
  const failed = e => {
    el('learning-note').textContent = say('learningFailed', e.message || e);
    document.body.dataset.learning = 'failed';
  };

  function cell(text, cls) {
    const c = document.createElement('td');
    c.textContent = text;
    if (cls) c.className = cls;
    return c;
  }

  function options(select, values, name) {
    const keep = select.value;
    select.replaceChildren(...values.map(v => new Option(name(v), v)));
    if (values.includes(keep)) select.value = keep;
  }

  const categories = mood => options(el('learning-category'), rankings.filter(r => r.mood === mood).map(r => r.category),
    categoryName);

  function render() {
    const mood = el('learning-mood').value;
    categories(mood);
    const ranking = rankings.find(r => r.mood === mood && r.category === el('learning-category').value);
    const rows = ranking ? ranking.items : [];
    el('learning').tBodies[0].replaceChildren(...rows.map(i => {
      const row = document.createElement('tr');
      // an item not shown yet (pinned and weighted ones too) has no tap-through of its own: its interval is the
      // catalog weight's prior
      row.append(cell(i.title || i.item), cell(statusName(i.status)), cell(i.shows === 0 ? '\u2013' : pct(i.tapThrough), 'n'),
                 cell(pct(i.low) + ' \u2013 ' + pct(i.high), 'n'), cell(count(i.shows), 'n'), cell(count(i.taps), 'n'));
      return row;
    }));
  }

  let loads = 0; // only the latest request's answer is drawn
  async function load() {
    const mine = ++loads;
    const res = await fetch('/admin/api/learning', { credentials: 'same-origin', headers: { 'Accept-Language': language() } });
    if (!res.ok) throw new Error(say('serverAnswered', res.status));
    const answer = await res.json();
    if (mine !== loads) return;
    rankings = answer;
    el('learning-note').textContent = say('learningNote');
    moods();
    render();
    document.body.dataset.learning = 'shown';
  }

  let picked = false; // until the admin picks, the table opens on the mood and category shown most
  function moods() {
    options(el('learning-mood'), [...new Set(rankings.map(r => r.mood))], moodName);
    if (picked) return;
    const shows = r => r.items.reduce((sum, i) => sum + i.shows, 0);
    const busiest = rankings.reduce((best, r) => (!best || shows(r) > shows(best) ? r : best), null);
    if (busiest && shows(busiest) > 0) {
      el('learning-mood').value = busiest.mood;
      categories(busiest.mood);
      el('learning-category').value = busiest.category;
    }
  }

  for (const id of ['learning-mood', 'learning-category']) {
    el(id).addEventListener('change', () => {
      picked = true;
      render();
    });
  }
  document.addEventListener('moodbot-language', () => {
    moods();
    render();
    load().catch(failed); // titles in the new language
  });
  load().catch(failed);
}
