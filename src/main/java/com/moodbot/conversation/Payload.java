package com.moodbot.conversation;

import com.moodbot.emotion.Emotion;
import com.moodbot.i18n.Language;
import com.moodbot.recommend.Category;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a quick reply or button carries back to us. Written as {@code KIND|mood|category}, a
 * suggestion after a group photo with {@code |group} after it and one for a mood the person gave with
 * {@code |given}; anything we did not write ourselves parses to empty.
 */
public sealed interface Payload {

    String GET_STARTED = "GET_STARTED";
    String HELP = "HELP";
    String CHOOSE_LANGUAGE = "LANGUAGE";
    String FORGET = "FORGET";

    String encode();

    /**
     * A menu item or ice breaker of one Messenger locale, carrying that locale's language ({@code HELP|es}): a
     * person who has chosen no language is answered in it from then on. The {@code default} locale's carry none.
     */
    interface FromMenu {
        Optional<Language> menuLanguage();
    }

    /**
     * Asks for an item of a category for a mood; {@code group}: for a group photo, from the items for groups;
     * {@code given}: the mood is one the person gave (picked, typed or answered), not one read, so its cards offer
     * no "not my mood".
     */
    sealed interface Suggestion extends Payload {
        Emotion mood();

        Category category();

        boolean group();

        boolean given();
    }

    /** Another item, same mood and category. */
    record More(Emotion mood, Category category, boolean group, boolean given) implements Suggestion {
        public String encode() {
            return suggestion("MORE", this);
        }
    }

    /** An item of another category for the same mood. */
    record Switch(Emotion mood, Category category, boolean group, boolean given) implements Suggestion {
        public String encode() {
            return suggestion("CAT", this);
        }
    }

    /**
     * The person says the model got their mood wrong; {@code group}: under a group photo's card;
     * {@code alsoOffered}: the other moods of an "happy or surprised?" they answered "something else" to
     * ({@code WRONG|happy+surprise}); {@code shown}: the category of the card it was under ({@code WRONG|sad|film}),
     * which the card for their own mood keeps.
     */
    record NotMyMood(Emotion detected, boolean group, List<Emotion> alsoOffered, Optional<Category> shown)
            implements Payload {
        public NotMyMood {
            alsoOffered = List.copyOf(alsoOffered);
        }

        public String encode() {
            return "WRONG|" + Stream.concat(Stream.of(detected), alsoOffered.stream()).map(Emotion::label)
                    .collect(Collectors.joining("+")) + under(group, shown);
        }
    }

    /** A kind of suggestion ({@code BROWSE|film}): the moods to pick from; with the mood picked, its card. */
    record Browse(Category category, Optional<Emotion> mood) implements Payload {
        public String encode() {
            return "BROWSE|" + category.label() + mood.map(m -> "|" + m.label()).orElse("");
        }
    }

    /**
     * The person picked their mood from the list; {@code group}: for a group photo, from the items for groups;
     * {@code shown}: the category of the card they said "not my mood" under, if any.
     */
    record PickMood(Emotion mood, Emotion detected, boolean group, Optional<Category> shown) implements Payload {
        public String encode() {
            return "MOOD|" + mood.label() + "|" + detected.label() + under(group, shown);
        }
    }

    /** The person answered "happy or surprised?" with one of the moods offered; {@code detected} was the top one. */
    record MoodAnswer(Emotion mood, Emotion detected) implements Payload {
        public String encode() {
            return "ANSWER|" + mood.label() + "|" + detected.label();
        }
    }

    record GetStarted(Optional<Language> menuLanguage) implements Payload, FromMenu {
        public String encode() {
            return withLanguage(GET_STARTED, menuLanguage);
        }
    }

    /**
     * The persistent menu's "Language": offers every language, asked in the menu's own ({@code LANGUAGE|es}) for a
     * person who has chosen none. Not a {@link FromMenu}: asking which language keeps none.
     */
    record ChooseLanguage(Optional<Language> menuLanguage) implements Payload {
        public String encode() {
            return withLanguage(CHOOSE_LANGUAGE, menuLanguage);
        }
    }

    /** The person picked the language the bot should speak from now on. */
    record SetLanguage(Language language) implements Payload {
        public String encode() {
            return "LANG|" + language.code();
        }
    }

    /**
     * "Yes, forget me", under the question a sentence mentioning it gets, with the question's language
     * ({@code FORGET|es}): the answer comes in it, as what the person wrote in is not kept for asking.
     */
    record Forget(Optional<Language> language) implements Payload {
        public String encode() {
            return withLanguage(FORGET, language);
        }
    }

    record Help(Optional<Language> menuLanguage) implements Payload, FromMenu {
        public String encode() {
            return withLanguage(HELP, menuLanguage);
        }
    }

    static Optional<Payload> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] p = text.split("\\|", -1);
        try {
            return switch (p[0]) {
                case GET_STARTED -> Optional.of(new GetStarted(languagePart(p)));
                case HELP -> Optional.of(new Help(languagePart(p)));
                case CHOOSE_LANGUAGE -> Optional.of(new ChooseLanguage(languagePart(p)));
                case FORGET -> Optional.of(new Forget(languagePart(p)));
                case "LANG" -> Language.ofCode(p[1]).map(SetLanguage::new);
                case "MORE", "CAT" -> Optional.of(suggestion(p));
                case "BROWSE" -> p.length <= 3 ? Optional.of(new Browse(category(p[1]),
                        p.length == 3 ? Optional.of(mood(p[2])) : Optional.empty())) : Optional.empty();
                case "WRONG" -> Optional.of(notMyMood(p[1].split("\\+", -1), group(p, 2), shown(p, 2)));
                case "MOOD" -> Optional.of(new PickMood(mood(p[1]), mood(p[2]), group(p, 3), shown(p, 3)));
                case "ANSWER" -> p.length == 3 ? Optional.of(new MoodAnswer(mood(p[1]), mood(p[2]))) : Optional.empty();
                default -> Optional.empty();
            };
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The second part of a menu item or "forget me": a language code as {@link Language#code()} writes it, or none. */
    private static Optional<Language> languagePart(String[] p) {
        if (p.length > 2) {
            throw new IllegalArgumentException("not a menu item or forget me");
        }
        return p.length == 1 ? Optional.empty()
                : Optional.of(Language.ofCode(p[1]).orElseThrow());
    }

    private static String withLanguage(String kind, Optional<Language> language) {
        return kind + language.map(l -> "|" + l.code()).orElse("");
    }

    private static NotMyMood notMyMood(String[] moods, boolean group, Optional<Category> shown) {
        return new NotMyMood(mood(moods[0]), group, Arrays.stream(moods).skip(1).map(Payload::mood).toList(), shown);
    }

    private static Emotion mood(String s) {
        return Emotion.parse(s).orElseThrow();
    }

    private static String suggestion(String kind, Suggestion s) {
        return kind + "|" + s.mood().label() + "|" + s.category().label() + (s.group() ? "|group" : "")
                + (s.given() ? "|given" : "");
    }

    /** {@code MORE} or {@code CAT}, its mood, its category, then {@code group}, {@code given}, both or neither. */
    private static Suggestion suggestion(String[] p) {
        List<String> tail = Arrays.asList(p).subList(3, p.length);
        if (!List.of(List.of(), List.of("group"), List.of("given"), List.of("group", "given")).contains(tail)) {
            throw new IllegalArgumentException("not a payload of ours");
        }
        boolean group = tail.contains("group");
        boolean given = tail.contains("given");
        return p[0].equals("MORE") ? new More(mood(p[1]), category(p[2]), group, given)
                : new Switch(mood(p[1]), category(p[2]), group, given);
    }

    /** After a "not my mood" or its pick: {@code |group}, then {@code |category}, each or neither. */
    private static String under(boolean group, Optional<Category> shown) {
        return (group ? "|group" : "") + shown.map(c -> "|" + c.label()).orElse("");
    }

    /** The parts from {@code at}, as {@link #under} writes them: whether {@code group} leads. */
    private static boolean group(String[] p, int at) {
        return p.length > at && p[at].equals("group");
    }

    /** The parts from {@code at}, as {@link #under} writes them: the category, if any; nothing else may follow. */
    private static Optional<Category> shown(String[] p, int at) {
        int from = group(p, at) ? at + 1 : at;
        if (p.length > from + 1) {
            throw new IllegalArgumentException("not a payload of ours");
        }
        return p.length == from + 1 ? Optional.of(category(p[from])) : Optional.empty();
    }

    private static Category category(String s) {
        return Category.parse(s).orElseThrow();
    }
}
