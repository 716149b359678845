// The admin pages' language: the one last chosen on any of them, else the browser's, else English.
/** A choice kept across the admin pages; none where the browser blocks storage. */
export const remembered = key => { try { return localStorage.getItem(key); } catch (e) { return null; } };
export const remember = (key, value) => { try { localStorage.setItem(key, value); } catch (e) { /* not kept */ } };

export function pageText(TEXT) {
  let language = remembered('moodbot-language')
    || (navigator.languages || [navigator.language]).map(l => (l || '').slice(0, 2).toLowerCase()).find(l => TEXT[l])
    || 'en';
  if (!TEXT[language]) language = 'en';
  const say = (key, ...args) => {
    const text = TEXT[language][key];
    return typeof text === 'function' ? text(...args) : text;
  };
  /** Sets the page's language and fills every [data-text] and [data-label]; a choice made here is remembered. */
  const set = (chosen, keep = false) => {
    language = TEXT[chosen] ? chosen : 'en';
    if (keep) remember('moodbot-language', language);
    document.documentElement.lang = language;
    document.querySelectorAll('[data-text]').forEach(n => { if (n.dataset.text) n.textContent = say(n.dataset.text); });
    document.querySelectorAll('[data-label]').forEach(n => n.setAttribute('aria-label', say(n.dataset.label)));
  };
  return { say, set, language: () => language };
}
