package com.moodbot.conversation;

import com.moodbot.emotion.Emotion;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A mood typed in words, as the whole message ("sad", "I feel happy", "estoy triste", "tengo miedo"): an answer to
 * "calm or sad?" typed instead of tapped, or a mood said outright. "Not happy" and longer sentences are not one.
 */
final class TypedMood {

    /** Each mood's words in both languages, as {@link TypedWords#plain} writes them (no accents). */
    private static final Map<Emotion, String> MOODS = new EnumMap<>(Map.of(
            Emotion.ANGRY, "angry mad annoyed furious enfado enfadado enfadada cabreado cabreada molesto molesta",
            Emotion.DISGUST, "disgusted asco asqueado asqueada",
            Emotion.FEAR, "scared afraid frightened anxious nervous worried miedo asustado asustada nervioso nerviosa "
                    + "preocupado preocupada",
            Emotion.HAPPY, "happy glad cheerful joyful feliz alegre alegria contento contenta",
            Emotion.SAD, "sad down unhappy blue triste tristeza apenado apenada",
            Emotion.SURPRISE, "surprised shocked amazed sorprendido sorprendida sorpresa",
            Emotion.NEUTRAL, "calm relaxed chill neutral calma tranquilo tranquila relajado relajada"));
    private static final Map<String, Emotion> WORDS = MOODS.entrySet().stream()
            .flatMap(e -> Arrays.stream(e.getValue().split(" ")).map(w -> Map.entry(w, e.getKey())))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    /** What may stand before the mood: "I'm", "I feel", "estoy", "me siento", "un poco"... */
    private static final Pattern BEFORE = Pattern.compile("^(i am|im|i feel|i m|feeling|so|very|really|a bit|kind of|"
            + "pretty|quite|estoy|me siento|siento|tengo|muy|un poco|bastante|algo) ");

    private TypedMood() {
    }

    static Optional<Emotion> of(String text) {
        String words = TypedWords.plain(text);
        for (String shorter = BEFORE.matcher(words).replaceFirst(""); !shorter.equals(words);
             shorter = BEFORE.matcher(words).replaceFirst("")) {
            words = shorter;
        }
        return Optional.ofNullable(WORDS.get(words));
    }
}
