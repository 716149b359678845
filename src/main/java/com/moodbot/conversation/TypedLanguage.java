package com.moodbot.conversation;

import com.moodbot.i18n.Language;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which of the bot's languages a short typed text is in, from words people open a chat with ("hola",
 * "thanks", "¿qué puedes hacer?"), mood words ({@link TypedMood}) and the names of the kinds of suggestion
 * ({@link TypedCategory}): the language with more of them, none on a tie or none at all.
 */
final class TypedLanguage {

    private static final Map<Language, Set<String>> WORDS = new EnumMap<>(Map.of(
            Language.EN, withMoods(Language.EN, "hi", "hello", "hey", "thanks", "thank", "you", "what", "how", "can", "do", "does",
                    "help", "please", "forget", "my", "delete", "erase", "remove", "data", "good", "morning",
                    "evening", "bye", "is", "this", "who", "are", "the", "i", "am", "want", "like", "there", "spanish",
                    "english", "language", "speak", "feel", "yes", "great", "cool", "nice", "more", "another", "love",
                    "sure", "give", "recommend", "some", "im", "goodbye", "see"),
            Language.ES, withMoods(Language.ES, "hola", "gracias", "que", "como", "puedes", "haces", "funciona", "funcionas", "ayuda",
                    "ayudame", "por", "favor", "olvidame", "borra", "borrar", "borrad", "elimina", "eliminar", "mis",
                    "datos", "buenas", "buenos", "dias", "tardes", "noches", "adios", "quien", "eres", "es", "esto",
                    "el", "la", "tal", "gusta", "quiero", "estoy", "muy", "bien", "espanol", "ingles", "idioma",
                    "hablas", "habla", "siento", "tengo", "vale", "si", "genial", "otra", "otro", "mas", "encanta",
                    "porfa", "una", "un", "y", "de", "para", "dame", "recomiendame", "recomiendas", "hasta", "luego",
                    "pronto", "chao", "chau", "vemos")));

    private TypedLanguage() {
    }

    private static Set<String> withMoods(Language language, String... words) {
        return Stream.of(Arrays.stream(words), TypedMood.words(language).stream(),
                TypedCategory.words(language).stream()).flatMap(s -> s).collect(Collectors.toUnmodifiableSet());
    }

    /** Each word counted once: "la la la" is not plainly Spanish. */
    static Optional<Language> of(String text) {
        String[] words = Arrays.stream(TypedWords.plain(text).split(" ")).distinct().toArray(String[]::new);
        Language best = null;
        long most = 0;
        boolean tie = false;
        for (Map.Entry<Language, Set<String>> language : WORDS.entrySet()) {
            long hits = Arrays.stream(words).filter(language.getValue()::contains).count();
            if (hits > most) {
                best = language.getKey();
                most = hits;
                tie = false;
            } else if (hits == most && hits > 0) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }
}
