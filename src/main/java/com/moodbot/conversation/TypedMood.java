package com.moodbot.conversation;

import com.moodbot.emotion.Emotion;
import com.moodbot.i18n.Language;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A mood typed in words, as the whole message ("sad", "I feel happy", "estoy triste", "¡qué asco!", or its emoji
 * "😢"): an answer to "calm or sad?" typed instead of tapped, or a mood said outright. "Not happy" and longer
 * sentences are not one.
 */
final class TypedMood {

    /** Each mood's words. */
    private static final Vocabulary<Emotion> MOODS = new Vocabulary<>(Map.of(
            Language.EN, Map.of(
                    Emotion.ANGRY, "angry mad annoyed furious pissed_off irritated",
                    Emotion.DISGUST, "disgusted",
                    Emotion.FEAR, "scared afraid frightened anxious nervous worried stressed",
                    Emotion.HAPPY, "happy glad cheerful joyful upbeat",
                    Emotion.SAD, "sad unhappy down low blue depressed miserable heartbroken gloomy",
                    Emotion.SURPRISE, "surprised shocked amazed",
                    Emotion.NEUTRAL, "calm relaxed relaxing chill neutral"),
            Language.ES, Map.of(
                    Emotion.ANGRY, "enfado enfadado enfadada cabreado cabreada molesto molesta furioso furiosa",
                    Emotion.DISGUST, "asco asqueado asqueada",
                    Emotion.FEAR, "miedo asustado asustada nervioso nerviosa preocupado preocupada estresado estresada "
                            + "agobiado agobiada",
                    Emotion.HAPPY, "feliz alegre alegres alegria contento contenta",
                    Emotion.SAD, "triste tristes tristeza apenado apenada deprimido deprimida desanimado desanimada "
                            + "bajoneado bajoneada de_bajon chof",
                    Emotion.SURPRISE, "sorprendido sorprendida sorpresa",
                    Emotion.NEUTRAL, "calma tranquilo tranquila relajado relajada relajante relajantes")));
    private static final Map<String, Emotion> WORDS = MOODS.index();
    /** Each mood's faces: its button's first, then those people send for it. */
    private static final Map<Emotion, String> FACES = Map.of(Emotion.ANGRY, "😡🤬😤", Emotion.DISGUST, "🤮",
            Emotion.FEAR, "😱😰😟😧", Emotion.HAPPY, "😀😃😁😊🙂😆😂", Emotion.SAD, "😭😞😔🙁☹",
            Emotion.SURPRISE, "😲😯", Emotion.NEUTRAL, "😑😶");
    private static final Map<String, Emotion> EMOJI = Arrays.stream(Emotion.values())
            .flatMap(mood -> (Phrases.emoji(mood) + FACES.get(mood)).codePoints().mapToObj(Character::toString)
                    .map(face -> Map.entry(face, mood)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    /** What may stand before the mood: "I'm", "I feel", "estoy", "me siento", "qué", "un poco"... */
    private static final Pattern BEFORE = Pattern.compile("^(i am|im|i feel|i m|feeling|so|very|really|a bit|kind of|"
            + "pretty|quite|actually|well|but|honestly|estoy|me siento|siento|tengo|que|muy|un poco|bastante|algo|"
            + "en realidad|pues|bueno) ");

    private TypedMood() {
    }

    /** Said with a mood's word, and meaning something else: "I'm down" is "count me in". */
    private static final Set<String> IDIOMS = Set.of("im down", "i am down", "i m down");

    static Optional<Emotion> of(String text) {
        String words = TypedWords.withoutFiller(text);
        if (IDIOMS.contains(words)) {
            return Optional.empty();
        }
        return emoji(text).or(() -> Optional.ofNullable(WORDS.get(TypedWords.withoutLeading(BEFORE, words))));
    }

    /** One of the moods' faces, alone or repeated: "😢", "😭", "😄😄😄". */
    private static Optional<Emotion> emoji(String text) {
        String bare = text.replaceAll("[\\s\\x{FE0F}]", "");
        if (bare.isEmpty()) {
            return Optional.empty();
        }
        String first = bare.substring(0, bare.offsetByCodePoints(0, 1));
        return Optional.ofNullable(EMOJI.get(first)).filter(mood -> bare.replace(first, "").isEmpty());
    }

    /** The mood words of {@code language}, which tell {@link TypedLanguage} what a mood typed is written in. */
    static Set<String> words(Language language) {
        return MOODS.words(language);
    }
}
