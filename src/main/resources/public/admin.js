// The figures page: fetches /admin/api/usage (the session cookie goes with it) and draws it, in the page's language.
import { say, language, setLanguage, moodName, categoryName, percent } from '/admin-text.js';
import { remember, remembered } from '/i18n.js';

{
  const COLOURS = { angry: '#D64545', disgust: '#6B8E23', fear: '#6A5ACD', happy: '#E0A100', sad: '#3E7CB1',
                    surprise: '#E0678F', neutral: '#7D8A96' };
  const CHANNEL_COLOURS = { messenger: '#0a6ee0', web: '#c2410c', instagram: '#a21caf' };
  const charts = {};
  const pct = percent;
  const el = id => document.getElementById(id);
  const sum = xs => xs.reduce((a, b) => a + (b || 0), 0);
  const NO_CHANGE = { current: 0, previous: 0, difference: 0, relative: 0, comparable: false };

  function cell(tag, text, cls) {
    const c = document.createElement(tag);
    c.textContent = text;
    if (cls) c.className = cls;
    return c;
  }

  function draw(id, config) {
    if (charts[id]) charts[id].destroy();
    charts[id] = new Chart(el(id), config);
  }

  /** Whatever the server leaves out (an older server leaves out what is empty) counts as empty. */
  function normalise(r) {
    const moodLabels = Array.isArray(r.moodLabels) ? r.moodLabels : Object.keys(COLOURS);
    const square = m => (Array.isArray(m) ? m : []);
    const channel = name => (r.channels || []).find(c => c.channel === name)
      || { channel: name, photos: 0, faces: 0, shown: 0, taps: 0, corrections: 0, notMyMoodRate: 0 };
    const daily = r.notMyMoodDaily || {};
    return { bin: r.bin === 'day' ? 'day' : 'hour', bins: r.bins || r.hours || [], moods: r.moods || {},
             photos: r.photos || {}, categories: r.categories || [], items: r.items || [], moodLabels,
             noFaceRate: r.noFaceRate || 0, unreadableRate: r.unreadableRate || 0, notMyMoodRate: r.notMyMoodRate || 0,
             corrections: square(r.corrections), webCorrections: square(r.webCorrections),
             channels: [channel('messenger'), channel('web'), channel('instagram')], comparison: r.comparison || {},
             daily: { days: daily.days || [], messenger: daily.messenger || [], web: daily.web || [],
               instagram: daily.instagram || [] } };
  }

  /** Bins are UTC hours (shown in the admin's own time) or UTC days (shown as those dates). */
  function binLabel(bin) {
    return iso => bin === 'day'
      ? new Date(iso).toLocaleDateString(language(), { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' })
      : new Date(iso).toLocaleString(language(), { month: 'short', day: 'numeric', hour: '2-digit' });
  }

  /** "+12% vs before" for counts, "+1.5 pts vs before" for rates; coloured by whether that is better. */
  function change(id, c, rate) {
    const out = el(id + '-change');
    const better = out.parentElement.dataset.better;
    c = c || NO_CHANGE;
    out.className = 'change';
    if (!c.comparable) {
      out.textContent = c.current > 0 && !rate ? say('noneBefore') : '';
      return;
    }
    const d = rate ? c.difference * 100 : c.relative * 100;
    const size = Math.abs(d) < 0.05 ? 0 : d;
    const sign = size > 0 ? '+' : size < 0 ? '\u2212' : '\u00b1';
    out.textContent = sign + Math.abs(size).toFixed(rate ? 1 : 0) + (rate ? ' ' + say('points') : '%') + ' ' + say('vsBefore');
    if (size !== 0) out.classList.add((size > 0) === (better === 'up') ? 'better' : 'worse');
  }

  function compared(r) {
    const from = r.comparison.previousFrom;
    const to = r.comparison.previousTo;
    const shown = Object.values(r.comparison).some(c => c && c.comparable); // a tile says "vs before"
    if (!from || !to || !shown) { el('compared').textContent = ''; return; }
    const when = iso => new Date(iso).toLocaleString(language(), { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
    el('compared').textContent = say('compared', when(from), when(to));
  }

  function matrix(id, labels, counts) {
    const table = el(id);
    const flat = counts.flat();
    const max = Math.max(1, ...flat);
    const columnHead = text => { const c = cell('th', text); c.scope = 'col'; return c; };
    const head = document.createElement('thead');
    head.append(document.createElement('tr'));
    head.rows[0].append(cell('td', say('sawChose'), 'corner'), ...labels.map(m => columnHead(moodName(m))));
    const body = document.createElement('tbody');
    labels.forEach((m, i) => {
      const row = document.createElement('tr');
      const rowHead = cell('th', moodName(m));
      rowHead.scope = 'row';
      row.append(rowHead);
      labels.forEach((_, j) => {
        const n = (counts[i] || [])[j] || 0;
        const c = cell('td', n || '');
        c.style.background = n ? `rgba(10,124,255,${0.12 + 0.6 * n / max})` : '';
        row.append(c);
      });
      body.append(row);
    });
    const none = sum(flat) === 0;
    table.replaceChildren(...(none ? [] : [head, body]));
    table.hidden = none;
    el(id + '-empty').hidden = !none;
  }

  function channels(r) {
    const [m, w, i] = r.channels;
    const rows = [['photosRead', c => c.photos], ['facesRead', c => c.faces], ['cardsShown', c => c.shown],
                  ['cardsTapped', c => c.taps], ['notMyMoodPicks', c => c.corrections],
                  ['notMyMoodPerFace', c => (c.faces ? pct(c.notMyMoodRate) : '-')]];
    el('channels').tBodies[0].replaceChildren(...rows.map(([name, value]) => {
      const row = document.createElement('tr');
      const head = cell('th', say(name));
      head.scope = 'row';
      row.append(head, cell('td', value(m), 'n'), cell('td', value(w), 'n'), cell('td', value(i), 'n'));
      return row;
    }));
  }

  let last = null;
  let loadedAt = null;
  let failure = null;

  function render(raw) {
    last = raw;
    const r = normalise(raw || {});
    const total = sum(Object.values(r.photos));
    const faces = r.photos.face || 0;
    const shown = sum(r.categories.map(c => c.shown));
    const taps = sum(r.categories.map(c => c.taps));
    const c = r.comparison;
    el('photos').textContent = total;
    el('no-face').textContent = total ? pct(r.noFaceRate) : '-';
    el('unreadable').textContent = total ? pct(r.unreadableRate) : '-';
    el('shown').textContent = shown;
    el('taps').textContent = taps;
    el('tap-rate').textContent = shown ? pct(taps / shown) : '-';
    el('not-my-mood').textContent = faces ? pct(r.notMyMoodRate) : '-';
    change('photos', c.photos, false);
    change('no-face', c.noFaceRate, true);
    change('unreadable', c.unreadableRate, true);
    change('shown', c.shown, false);
    change('taps', c.taps, false);
    change('tap-rate', c.tapRate, true);
    change('not-my-mood', c.notMyMoodRate, true);
    compared(r);

    const per = say(r.bin === 'day' ? 'perDay' : 'perHour');
    el('moods-title').textContent = say('moodsTitle', per);
    el('moods').setAttribute('aria-label', say('moodsLabel', per));
    draw('moods', { type: 'bar', data: { labels: r.bins.map(binLabel(r.bin)), datasets: r.moodLabels.map(m => ({
        label: moodName(m), data: r.moods[m] || [], backgroundColor: COLOURS[m] })) },
      options: { animation: false, maintainAspectRatio: false, scales: { x: { stacked: true, ticks: { maxTicksLimit: 12 } },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } } });
    el('moods-empty').hidden = sum(r.moodLabels.map(m => sum(r.moods[m] || []))) > 0;
    document.body.dataset.bin = r.bin;

    channels(r);
    const days = r.daily.days.map(binLabel('day'));
    const series = (name, label) => ({ label, data: r.daily[name], borderColor: CHANNEL_COLOURS[name],
      backgroundColor: CHANNEL_COLOURS[name], spanGaps: true, tension: 0.2 });
    draw('not-my-mood-daily', { type: 'line', data: { labels: days,
        datasets: [series('messenger', 'Messenger'), series('web', say('webPage')), series('instagram', 'Instagram')] },
      options: { animation: false, maintainAspectRatio: false, scales: { y: { beginAtZero: true,
        ticks: { callback: v => new Intl.NumberFormat(language(), { style: 'percent', maximumFractionDigits: 1 }).format(v) } } },
        plugins: { tooltip: { callbacks: { label: i => i.dataset.label + ': ' + pct(i.raw) } } } } });
    el('not-my-mood-daily-empty').hidden = [...r.daily.messenger, ...r.daily.web, ...r.daily.instagram]
      .some(x => x !== null && x !== undefined);

    draw('categories', { type: 'bar', data: { labels: r.categories.map(c => categoryName(c.category)),
        datasets: [{ label: say('shown'), data: r.categories.map(c => c.shown), backgroundColor: '#b7d4f7' },
                   { label: say('tapped'), data: r.categories.map(c => c.taps), backgroundColor: '#0a7cff' }] },
      options: { animation: false, maintainAspectRatio: false, indexAxis: 'y',
        plugins: { tooltip: { callbacks: { afterBody: items => {
          const c = r.categories[items[0].dataIndex];
          return say('tapThrough') + ' ' + pct(c.tapRate);
        } } } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } } });
    el('categories-empty').hidden = shown > 0;

    const body = el('items').tBodies[0];
    body.replaceChildren(...r.items.map(i => {
      const row = document.createElement('tr');
      const item = cell('td', '');
      item.append(cell('span', i.title || i.item, 'title'),
        cell('span', categoryName(i.category) + ' \u00b7 ' + moodName(i.mood), 'meta'));
      row.append(item, cell('td', i.shown, 'n'), cell('td', i.taps, 'n'), cell('td', i.shown ? pct(i.tapRate) : '-', 'n'));
      return row;
    }));
    if (!r.items.length) {
      const empty = cell('td', say('noCards'), 'empty');
      empty.colSpan = 4;
      const row = document.createElement('tr');
      row.append(empty);
      body.append(row);
    }

    matrix('corrections', r.moodLabels, r.corrections);
    matrix('web-corrections', r.moodLabels, r.webCorrections);
    el('status').textContent = say('updated', loadedAt.toLocaleTimeString(language()));
    document.body.dataset.loaded = 'true';
  }

  let loads = 0; // only the latest request's answer is drawn (the period or the language changed meanwhile)
  async function load() {
    const mine = ++loads;
    const res = await fetch('/admin/api/usage?hours=' + el('hours').value,
      { credentials: 'same-origin', headers: { 'Accept-Language': language() } }); // the items' titles in it
    if (res.status === 401) { location.reload(); return; }
    if (!res.ok) throw new Error(say('serverAnswered', res.status));
    const raw = await res.json();
    if (mine !== loads) return;
    loadedAt = new Date();
    failure = null;
    render(raw);
  }

  function failed(e) {
    failure = e;
    el('status').textContent = say('failed', e && e.message ? e.message : e);
    document.body.dataset.loaded = 'error';
  }

  setLanguage(language());
  el('language').addEventListener('change', e => setLanguage(e.target.value, true));
  document.addEventListener('moodbot-language', () => {
    if (failure) { failed(failure); return; }
    if (last) render(last);
    load().catch(failed);
  });
  const period = remembered('moodbot-period');
  if (period && [...el('hours').options].some(o => o.value === period)) el('hours').value = period;
  el('hours').addEventListener('change', () => {
    remember('moodbot-period', el('hours').value);
    load().catch(failed);
  });
  load().catch(failed);
}
