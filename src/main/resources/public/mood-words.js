// The moods in the words the bot's replies use (EnglishPhrases.moodName, SpanishPhrases.moodName), so that the
// admin pages name a mood as people were told it; the catalog files keep the keys (fear, neutral, ...).
export const MOOD_WORDS = {
  en: { angry: 'angry', disgust: 'disgusted', fear: 'scared', happy: 'happy', sad: 'sad', surprise: 'surprised', neutral: 'calm' },
  es: { angry: 'enfado', disgust: 'asco', fear: 'miedo', happy: 'alegría', sad: 'tristeza', surprise: 'sorpresa', neutral: 'calma' },
};

/** The mood keys, in the files' and the bot's order. */
export const MOODS = Object.keys(MOOD_WORDS.en);

/** A mood key in the language's words; an unknown key as it is. */
export const moodWord = (language, mood) => (MOOD_WORDS[language] || MOOD_WORDS.en)[mood] || mood;
