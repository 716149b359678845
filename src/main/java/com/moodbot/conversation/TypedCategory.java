package com.moodbot.conversation;

import com.moodbot.emotion.Emotion;
import com.moodbot.i18n.Language;
import com.moodbot.recommend.Category;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A kind of suggestion asked for in words, as the whole message, maybe with a mood beside it: "a film", "give me a
 * song", "sad movie", "recomiéndame una peli", "una canción alegre". Longer sentences are not one.
 */
final class TypedCategory {

    /** What was asked for; no mood when the person named none. */
    record Request(Category category, Optional<Emotion> mood) {
    }

    /** Each kind's names, and questions that ask for one. */
    private static final Vocabulary<Category> NAMES = new Vocabulary<>(Map.of(
            Language.EN, Map.of(
                    Category.FILM, "film films movie movies something_to_watch what_should_i_watch",
                    Category.SONG, "song songs music tune something_to_listen_to what_should_i_listen_to",
                    Category.FOOD, "food dish meal recipe something_to_eat what_should_i_eat im_hungry i_am_hungry",
                    Category.PLACE, "place places place_to_go somewhere_to_go where_should_i_go"),
            Language.ES, Map.of(
                    Category.FILM, "pelicula peliculas peli pelis algo_que_ver que_veo",
                    Category.SONG, "cancion canciones musica algo_que_escuchar que_escucho",
                    Category.FOOD, "comida plato receta algo_de_comer algo_para_comer que_como tengo_hambre",
                    Category.PLACE, "sitio lugar sitio_al_que_ir lugar_al_que_ir donde_voy adonde_voy")));
    private static final Map<String, Category> CATEGORIES = NAMES.index();
    /** What may stand before the name: "give me", "any", "a", "recomiéndame", "quiero", "una"... */
    private static final Pattern BEFORE = Pattern.compile("^(hi|hello|hey|hola|give me|recommend me|recommend|"
            + "suggest me|suggest|i want|i would like|id like|can i have|can you recommend me|can you recommend|"
            + "could you recommend me|could you recommend|show me|find me|any|"
            + "another|a|an|some|dame|recomiendame|me recomiendas|sugiereme|quiero|me apetece|ponme|pon|buscame|"
            + "ensename|otra|otro|una|un|alguna|algun) ");

    private TypedCategory() {
    }

    static Optional<Request> of(String text) {
        String words = TypedWords.withoutLeading(BEFORE, TypedWords.withoutFiller(text));
        Category alone = CATEGORIES.get(words);
        if (alone != null) {
            return Optional.of(new Request(alone, Optional.empty()));
        }
        // the mood before the name ("sad film") or after it ("peli triste"), split at each space in turn
        for (int space = words.indexOf(' '); space >= 0; space = words.indexOf(' ', space + 1)) {
            String first = words.substring(0, space);
            String second = words.substring(space + 1);
            Optional<Request> asked = request(CATEGORIES.get(second), first).or(() -> request(CATEGORIES.get(first),
                    second));
            if (asked.isPresent()) {
                return asked;
            }
        }
        return Optional.empty();
    }

    private static Optional<Request> request(Category category, String mood) {
        return category == null ? Optional.empty()
                : TypedMood.of(mood).map(m -> new Request(category, Optional.of(m)));
    }

    /** The one-word category names of {@code language}, which tell {@link TypedLanguage} what a text is in. */
    static Set<String> words(Language language) {
        return NAMES.words(language);
    }
}
