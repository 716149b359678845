// The figures page's words in English and Spanish; the language is shared with the catalog pages.
import { pageText } from '/i18n.js';
import { moodWord } from '/mood-words.js';

const TEXT = {
  en: {
    tab: 'moodbot admin: what people see and do', title: 'moodbot: what people see and do', figures: 'Figures',
    editor: 'Catalog editor',
    preview: 'Catalog preview',
    language: 'Language', period: 'Period', last24: 'last 24 hours', last7: 'last 7 days', last31: 'last 31 days',
    signOut: 'Sign out', tiles: "this period's figures", photosRead: 'photos read', facesRead: 'faces read',
    noFace: 'without a readable face', unreadable: 'not a usable photo', cardsShown: 'cards shown',
    cardsTapped: 'cards tapped', tapThrough: 'tap-through', notMyMoodPerFace: '"not my mood" per face read',
    notMyMoodPicks: '"not my mood" picks', perDay: 'per day (UTC)', perHour: 'per hour',
    moodsTitle: per => `Detected moods ${per}`, moodsLabel: per => `detected moods ${per}`,
    noFaces: 'Nothing yet: no face read in this period.', channels: 'Messenger, the web page and Instagram',
    webPage: 'web page', tapsNote: 'A tap counts for the channel that showed the card: its link says which.',
    daily: '"Not my mood" per day',
    dailyLabel: '"not my mood" picks per face read, per day, on Messenger, the web page and Instagram',
    categories: 'Cards per category', categoriesLabel: 'cards shown and tapped per category',
    noCards: 'Nothing yet: no cards shown in this period.', items: 'Items shown, the most tapped first (25 at most)', item: 'item',
    shown: 'shown', tapped: 'tapped', corrections: '"Not my mood": what the bot saw and what people chose',
    onMessenger: 'On Messenger and Instagram', onWeb: 'On the web page', noneYet: 'None yet.',
    sawChose: 'saw \u2193 chose \u2192', learned: 'What the bot learned from taps', mood: 'Mood', category: 'Category',
    status: 'status', interval: '90% interval',
    shownHead: 'shown', tapsHead: 'taps', tapThroughHead: 'tap-through', showsHead: 'shows',
    estimateHead: 'estimated tap-through',
    learningNote: 'Best first. The estimated tap-through is what the bot believes: the catalog weight\'s prior '
      + 'updated by the shows and taps, so an item shown once and not tapped keeps most of its prior. '
      + 'Shows and taps fade by half every half-life (MOODBOT_LEARNING_HALF_LIFE, 14 days by '
      + 'default). Exploring: may yet be the best, still tried now and then. Behind: shown only at the floor, once '
      + 'per 1,000 cards (MOODBOT_LEARNING_FLOOR_CARDS).',
    statuses: { pinned: 'pinned', weighted: 'weighted', new: 'not shown yet', leads: 'leads', exploring: 'exploring',
      behind: 'behind' },
    noneBefore: 'none the period before', vsBefore: 'vs before', points: 'pts',
    compared: (from, to) => `"vs before": against the same hours one period earlier, from ${from} to ${to}.`,
    updated: time => `Counted per hour in UTC; never who. Updated ${time}.`,
    catalogProblems: n => `The catalog files on the server have ${n === 1 ? 'a problem' : `${n} problems`}: the bot keeps `
      + 'using the last good catalog, and edits wait until they are fixed.',
    toTheEditor: 'See them in the catalog editor.',
    failed: why => `Could not load the figures: ${why}`, learningFailed: why => `Could not load what the bot learned: ${why}`,
    serverAnswered: status => `the server answered ${status}`,
    categoryNames: { film: 'films', song: 'songs', food: 'food', place: 'places' },
  },
  es: {
    tab: 'moodbot: qué ve y hace la gente', title: 'moodbot: qué ve y hace la gente', figures: 'Cifras',
    editor: 'Editor del catálogo',
    preview: 'Vista previa del catálogo',
    language: 'Idioma', period: 'Periodo', last24: 'últimas 24 horas', last7: 'últimos 7 días', last31: 'últimos 31 días',
    signOut: 'Cerrar sesión', tiles: 'las cifras de este periodo', photosRead: 'fotos leídas', facesRead: 'caras leídas',
    noFace: 'sin una cara legible', unreadable: 'no es una foto utilizable', cardsShown: 'tarjetas mostradas',
    cardsTapped: 'tarjetas pulsadas', tapThrough: 'tasa de pulsación', notMyMoodPerFace: '"no es mi ánimo" por cara leída',
    notMyMoodPicks: 'veces "no es mi ánimo"', perDay: 'por día (UTC)', perHour: 'por hora',
    moodsTitle: per => `Estados de ánimo detectados ${per}`, moodsLabel: per => `estados de ánimo detectados ${per}`,
    noFaces: 'Nada todavía: ninguna cara leída en este periodo.', channels: 'Messenger, la página web e Instagram',
    webPage: 'página web', tapsNote: 'Una pulsación cuenta para el canal que mostró la tarjeta: su enlace lo dice.',
    daily: '"No me siento así" por día',
    dailyLabel: 'veces "no es mi ánimo" por cara leída, por día, en Messenger, la página web e Instagram',
    categories: 'Tarjetas por categoría', categoriesLabel: 'tarjetas mostradas y pulsadas por categoría',
    noCards: 'Nada todavía: ninguna tarjeta mostrada en este periodo.', items: 'Elementos mostrados, los más pulsados primero (25 como mucho)',
    item: 'elemento', shown: 'mostradas', tapped: 'pulsadas',
    corrections: '"No me siento así": lo que vio el bot y lo que eligió la gente',
    onMessenger: 'En Messenger e Instagram', onWeb: 'En la página web', noneYet: 'Ninguno todavía.',
    sawChose: 'vio \u2193 eligió \u2192', learned: 'Lo que el bot ha aprendido de las pulsaciones', mood: 'Ánimo',
    category: 'Categoría', status: 'estado', interval: 'intervalo del 90%',
    // the narrow tables' heads on a phone: a long word breaks at its soft hyphen (pulsa-ciones), not mid-letter
    shownHead: 'mos\u00adtradas', tapsHead: 'pulsa\u00adciones', tapThroughHead: 'tasa de pulsa\u00adción', showsHead: 'veces mos\u00adtrado',
    estimateHead: 'tasa esti\u00admada',
    learningNote: 'Lo mejor primero. La tasa estimada es lo que cree el bot: lo que dice el peso del '
      + 'catálogo, corregido por las veces mostrado y las pulsaciones, así que un elemento mostrado una vez y no '
      + 'pulsado conserva casi todo lo que decía su peso. '
      + 'Veces mostrado y pulsaciones pierden la mitad en cada semivida (MOODBOT_LEARNING_HALF_LIFE, '
      + '14 días por defecto). Explorando: aún puede ser lo mejor, se sigue probando de vez en cuando. Detrás: solo se '
      + 'muestra en el mínimo, una vez cada 1.000 tarjetas (MOODBOT_LEARNING_FLOOR_CARDS).',
    statuses: { pinned: 'fijado', weighted: 'por peso', new: 'sin mostrar aún', leads: 'en cabeza', exploring: 'explorando',
      behind: 'detrás' },
    noneBefore: 'ninguna en el periodo anterior', vsBefore: 'frente a antes', points: 'pp',
    compared: (from, to) => `"Frente a antes": frente a las mismas horas un periodo antes, de ${from} a ${to}.`,
    updated: time => `Contado por hora en UTC; nunca quién. Actualizado a las ${time}.`,
    catalogProblems: n => `Los archivos del catálogo del servidor tienen ${n === 1 ? 'un problema' : `${n} problemas`}: el bot `
      + 'sigue con el último catálogo válido, y los cambios esperan a que se corrijan.',
    toTheEditor: 'Míralos en el editor del catálogo.',
    failed: why => `No se han podido cargar las cifras: ${why}`,
    learningFailed: why => `No se ha podido cargar lo que ha aprendido el bot: ${why}`,
    serverAnswered: status => `el servidor respondió ${status}`,
    categoryNames: { film: 'películas', song: 'canciones', food: 'comida', place: 'sitios' },
  },
};

const text = pageText(TEXT);
export const say = text.say;
export const language = text.language;
export const moodName = mood => moodWord(text.language(), mood);
export const categoryName = category => say('categoryNames')[category] || category;
export const statusName = status => say('statuses')[status] ?? status;
/** 0.2 -> "20.0%" in English, "20,0 %" in Spanish. */
export const percent = x => new Intl.NumberFormat(language(), { style: 'percent', minimumFractionDigits: 1,
  maximumFractionDigits: 1 }).format(x || 0);
/** Decayed counts: a decimal under 10 only. */
export const count = x => new Intl.NumberFormat(language(), { maximumFractionDigits: (x || 0) >= 9.95 ? 0 : 1 })
  .format(x || 0);

/** Fills the page's words; a choice made with the page's own select is remembered and redraws the figures. */
export function setLanguage(chosen, remember = false) {
  text.set(chosen, remember);
  document.getElementById('language').value = text.language();
  if (remember) document.dispatchEvent(new Event('moodbot-language'));
}
