// The admin pages' language: the one last chosen on any of them, else the browser's, else English.
const stored = () => { try { return localStorage.getItem('moodbot-language'); } catch (e) { return null; } };
const store = language => { try { localStorage.setItem('moodbot-language', language); } catch (e) { /* not kept */ } };

export function pageText(TEXT) {
  let language = stored()
    || (navigator.languages || [navigator.language]).map(l => (l || '').slice(0, 2).toLowerCase()).find(l => TEXT[l])
    || 'en';
  if (!TEXT[language]) language = 'en';
  const say = (key, ...args) => {
    const text = TEXT[language][key];
    return typeof text === 'function' ? text(...args) : text;
  };
  /** Sets the page's language and fills every [data-text] and [data-label]; a choice made here is remembered. */
  const set = (chosen, remember = false) => {
    language = TEXT[chosen] ? chosen : 'en';
    if (remember) store(language);
    document.documentElement.lang = language;
    document.querySelectorAll('[data-text]').forEach(n => { if (n.dataset.text) n.textContent = say(n.dataset.text); });
    document.querySelectorAll('[data-label]').forEach(n => n.setAttribute('aria-label', say(n.dataset.label)));
  };
  return { say, set, language: () => language };
}
