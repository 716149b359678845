package com.moodbot.conversation;

import com.moodbot.emotion.Emotion;
import com.moodbot.i18n.Language;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A mood typed in words, as the whole message ("sad", "I feel happy", "estoy triste", "¡qué asco!"): an answer to
 * "calm or sad?" typed instead of tapped, or a mood said outright. "Not happy" and longer sentences are not one.
 */
final class TypedMood {

    /** Each mood's words, as {@link TypedWords#plain} writes them (no accents). */
    private static final Map<Language, Map<Emotion, String>> MOODS = new EnumMap<>(Map.of(
            Language.EN, new EnumMap<>(Map.of(
                    Emotion.ANGRY, "angry mad annoyed furious",
                    Emotion.DISGUST, "disgusted",
                    Emotion.FEAR, "scared afraid frightened anxious nervous worried",
                    Emotion.HAPPY, "happy glad cheerful joyful",
                    Emotion.SAD, "sad unhappy",
                    Emotion.SURPRISE, "surprised shocked amazed",
                    Emotion.NEUTRAL, "calm relaxed chill neutral")),
            Language.ES, new EnumMap<>(Map.of(
                    Emotion.ANGRY, "enfado enfadado enfadada cabreado cabreada molesto molesta",
                    Emotion.DISGUST, "asco asqueado asqueada",
                    Emotion.FEAR, "miedo asustado asustada nervioso nerviosa preocupado preocupada",
                    Emotion.HAPPY, "feliz alegre alegria contento contenta",
                    Emotion.SAD, "triste tristeza apenado apenada",
                    Emotion.SURPRISE, "sorprendido sorprendida sorpresa",
                    Emotion.NEUTRAL, "calma tranquilo tranquila relajado relajada"))));
    private static final Map<String, Emotion> WORDS = MOODS.values().stream().flatMap(m -> m.entrySet().stream())
            .flatMap(e -> Arrays.stream(e.getValue().split(" ")).map(w -> Map.entry(w, e.getKey())))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    /** What may stand before the mood: "I'm", "I feel", "estoy", "me siento", "qué", "un poco"... */
    private static final Pattern BEFORE = Pattern.compile("^(i am|im|i feel|i m|feeling|so|very|really|a bit|kind of|"
            + "pretty|quite|estoy|me siento|siento|tengo|que|muy|un poco|bastante|algo) ");

    private TypedMood() {
    }

    static Optional<Emotion> of(String text) {
        String words = TypedWords.withoutFiller(text);
        String shorter = BEFORE.matcher(words).replaceFirst("");
        while (!shorter.equals(words)) {
            words = shorter;
            shorter = BEFORE.matcher(words).replaceFirst("");
        }
        return Optional.ofNullable(WORDS.get(words));
    }

    /** The mood words of {@code language}, which tell {@link TypedLanguage} what a mood typed is written in. */
    static Set<String> words(Language language) {
        return MOODS.get(language).values().stream().flatMap(w -> Arrays.stream(w.split(" ")))
                .collect(Collectors.toUnmodifiableSet());
    }
}
