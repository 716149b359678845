package com.moodbot.conversation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What a person typed, reduced to its words: lower case, accents, punctuation and emoji aside. */
final class TypedWords {

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern FILLER = Pattern.compile("\\b(please|pls|por favor|porfa|now|ya|thanks|gracias)\\b");
    private static final Pattern NEGATED = Pattern.compile("\\b(dont|do not|never|nunca) $");

    private TypedWords() {
    }

    /** "¡Olvídame, por favor!" becomes "olvidame por favor"; "don't" becomes "dont". */
    static String plain(String text) {
        String bare = ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String lower = bare.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
        return NOT_WORDS.matcher(lower).replaceAll(" ").strip();
    }

    /** Whether the text is one of {@code phrases} and nothing else but a "please" or "now". */
    static boolean is(String text, Set<String> phrases) {
        return phrases.contains(withoutFiller(text));
    }

    /** {@link #plain}, a "please", "now" or "thanks" aside: "Sad, please!" becomes "sad". */
    static String withoutFiller(String text) {
        return FILLER.matcher(plain(text)).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    /** {@code words} without what {@code before} matches at its start, again and again: "a bit sad" becomes "sad". */
    static String withoutLeading(Pattern before, String words) {
        String shorter = before.matcher(words).replaceFirst("");
        while (!shorter.equals(words)) {
            words = shorter;
            shorter = before.matcher(words).replaceFirst("");
        }
        return words;
    }

    /** Whether one of {@code phrases} stands in the text as whole words, and not right after a "don't" or "never". */
    static boolean mentions(String text, Set<String> phrases) {
        String words = " " + plain(text) + " ";
        for (String phrase : phrases) {
            int at = words.indexOf(" " + phrase + " ");
            if (at >= 0 && !NEGATED.matcher(words.substring(0, at + 1)).find()) {
                return true;
            }
        }
        return false;
    }
}
