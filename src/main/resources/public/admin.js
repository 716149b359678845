// The analytics page: fetches /admin/api/usage (the session cookie goes with it) and draws it.
(() => {
  const COLOURS = { angry: '#D64545', disgust: '#6B8E23', fear: '#6A5ACD', happy: '#E0A100', sad: '#3E7CB1',
                    surprise: '#E0678F', neutral: '#7D8A96' };
  const charts = {};
  const pct = x => (100 * (x || 0)).toFixed(1) + '%';
  const el = id => document.getElementById(id);
  const sum = xs => xs.reduce((a, b) => a + (b || 0), 0);

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
    return { hours: r.hours || [], moods: r.moods || {}, photos: r.photos || {}, categories: r.categories || [],
             items: r.items || [], moodLabels, noFaceRate: r.noFaceRate || 0, unreadableRate: r.unreadableRate || 0,
             corrections: square(r.corrections), webCorrections: square(r.webCorrections) };
  }

  function matrix(id, labels, counts) {
    const table = el(id);
    const flat = counts.flat();
    const max = Math.max(1, ...flat);
    const head = document.createElement('tr');
    head.append(cell('th', 'saw \u2193  chose \u2192'), ...labels.map(m => cell('th', m)));
    const rows = labels.map((m, i) => {
      const row = document.createElement('tr');
      row.append(cell('th', m));
      labels.forEach((_, j) => {
        const n = (counts[i] || [])[j] || 0;
        const c = cell('td', n || '');
        c.style.background = n ? `rgba(10,124,255,${0.12 + 0.6 * n / max})` : '';
        row.append(c);
      });
      return row;
    });
    const none = sum(flat) === 0;
    table.replaceChildren(...(none ? [] : [head, ...rows]));
    table.hidden = none;
    el(id + '-empty').hidden = !none;
  }

  function render(raw) {
    const r = normalise(raw || {});
    const total = sum(Object.values(r.photos));
    const shown = sum(r.categories.map(c => c.shown));
    const taps = sum(r.categories.map(c => c.taps));
    el('photos').textContent = total;
    el('no-face').textContent = total ? pct(r.noFaceRate) : '-';
    el('unreadable').textContent = total ? pct(r.unreadableRate) : '-';
    el('shown').textContent = shown;
    el('taps').textContent = taps;
    el('tap-rate').textContent = shown ? pct(taps / shown) : '-';

    const labels = r.hours.map(h => new Date(h).toLocaleString([], { month: 'short', day: 'numeric', hour: '2-digit' }));
    draw('moods', { type: 'bar', data: { labels, datasets: r.moodLabels.map(m => ({ label: m, data: r.moods[m] || [],
        backgroundColor: COLOURS[m] })) },
      options: { animation: false, maintainAspectRatio: false, scales: { x: { stacked: true, ticks: { maxTicksLimit: 12 } },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } } });
    el('moods-empty').hidden = sum(r.moodLabels.map(m => sum(r.moods[m] || []))) > 0;
    draw('categories', { type: 'bar', data: { labels: r.categories.map(c => c.category),
        datasets: [{ label: 'shown', data: r.categories.map(c => c.shown), backgroundColor: '#b7d4f7' },
                   { label: 'tapped', data: r.categories.map(c => c.taps), backgroundColor: '#0a7cff' }] },
      options: { animation: false, maintainAspectRatio: false, indexAxis: 'y',
        plugins: { tooltip: { callbacks: { afterBody: items => {
          const c = r.categories[items[0].dataIndex];
          return 'tap-through ' + pct(c.tapRate);
        } } } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } } });
    el('categories-empty').hidden = shown > 0;

    const body = el('items').tBodies[0];
    body.replaceChildren(...r.items.map(i => {
      const row = document.createElement('tr');
      row.append(cell('td', i.title || i.item), cell('td', i.category), cell('td', i.mood),
                 cell('td', i.shown, 'n'), cell('td', i.taps, 'n'), cell('td', i.shown ? pct(i.tapRate) : '-', 'n'));
      return row;
    }));
    if (!r.items.length) {
      const empty = cell('td', 'Nothing yet: no cards shown in this period.', 'empty');
      empty.colSpan = 6;
      const row = document.createElement('tr');
      row.append(empty);
      body.append(row);
    }

    matrix('corrections', r.moodLabels, r.corrections);
    matrix('web-corrections', r.moodLabels, r.webCorrections);
    el('status').textContent = 'Counted per hour in UTC; never who. Updated ' + new Date().toLocaleTimeString() + '.';
    document.body.dataset.loaded = 'true';
  }

  async function load() {
    const res = await fetch('/admin/api/usage?hours=' + el('hours').value, { credentials: 'same-origin' });
    if (res.status === 401) { location.reload(); return; }
    if (!res.ok) throw new Error('the server answered ' + res.status);
    render(await res.json());
  }

  function failed(e) {
    el('status').textContent = 'Could not load the figures: ' + (e && e.message ? e.message : e);
    document.body.dataset.loaded = 'error';
  }

  el('hours').addEventListener('change', () => load().catch(failed));
  load().catch(failed);
})();
