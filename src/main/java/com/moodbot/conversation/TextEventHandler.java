package com.moodbot.conversation;

import com.moodbot.emotion.Emotion;
import com.moodbot.i18n.Language;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typed text: "forget me" erases what is kept (a sentence that mentions it is asked first); asking for the language
 * offers both; a mood in words ("sad", "estoy triste") gets a card for it, and so does a kind of suggestion with one
 * ("a sad film"); a kind alone ("a film") gets the moods to pick from; words for a button under the last card
 * ("another one", "not my mood", "another song") are that tap ({@link TypedTaps}); a greeting, a thanks, a goodbye and
 * asking for help get their answers; anything else an invitation to send a selfie.
 */
@Singleton
public class TextEventHandler implements EventHandler<InboundEvent.Text> {

    private static final Set<String> HELP = Set.of("help", "what can you do", "how does this work", "how do you work",
            "ayuda", "ayudame", "que puedes hacer", "que haces", "como funciona", "como funcionas");
    private static final Set<String> LANGUAGE = Set.of("language", "languages", "change language",
            "change the language", "idioma", "idiomas", "cambiar idioma", "cambiar el idioma", "cambia el idioma");
    /** Asking for one language by name: answered in it from then on, as its button does. */
    private static final Map<String, Language> NAMED_LANGUAGE = new Vocabulary<>(Map.of(
            Language.EN, Map.of(
                    Language.ES, "spanish in_spanish speak_spanish do_you_speak_spanish can_you_speak_spanish",
                    Language.EN, "english in_english speak_english do_you_speak_english can_you_speak_english"),
            Language.ES, Map.of(
                    Language.ES, "espanol en_espanol hablas_espanol habla_espanol hablame_en_espanol",
                    Language.EN, "ingles en_ingles hablas_ingles habla_ingles hablame_en_ingles"))).index();
    private static final Set<String> GREETINGS = Set.of("hi", "hello", "hey", "hi there", "hello there", "hey there",
            "good morning", "good afternoon", "good evening", "hola", "buenas", "buenos dias", "buenas tardes",
            "buenas noches", "hola buenas", "que tal", "hola que tal");
    private static final Set<String> GOODBYES = Set.of("bye", "bye bye", "goodbye", "see you", "see ya", "see you soon",
            "adios", "hasta luego", "hasta pronto", "chao", "chau", "nos vemos");
    private static final Set<String> THANKS = Set.of("thanks", "thank you", "thank you so much", "thanks a lot", "thx",
            "ok thanks", "cheers", "gracias", "muchas gracias", "mil gracias", "vale gracias", "ok gracias");
    /** Longer than any request it reads (the longest a few dozen characters): no mood, kind or greeting is sought. */
    static final int LONGEST_READ = 500;
    private final ForgetMe forgetMe;
    private final ChosenMood chosen;
    private final HeardLanguage heard;
    private final SetLanguageHandler setLanguage;
    private final BrowseHandler browse;
    private final TypedTaps taps;

    public TextEventHandler(ForgetMe forgetMe, ChosenMood chosen, HeardLanguage heard, SetLanguageHandler setLanguage,
                            BrowseHandler browse, TypedTaps taps) {
        this.taps = taps;
        this.forgetMe = forgetMe;
        this.chosen = chosen;
        this.heard = heard;
        this.setLanguage = setLanguage;
        this.browse = browse;
    }

    /**
     * From someone who has chosen no language on a channel that remembers people, answered in the language the
     * text is plainly in ({@link HeardLanguage}). A language chosen stands. Text plainly in another language than
     * the one they were answered in before gets an offer to choose it (under the last reply, where Messenger shows
     * quick replies). (The web page names its language with each request.)
     */
    @Override
    public List<Reply> handle(Turn turn, InboundEvent.Text event) {
        String text = event.text();
        Optional<Language> written = turn.channel().remembersPeople() ? TypedLanguage.of(text) : Optional.empty();
        // asking to be forgotten, or how, keeps nothing: answered in the language it is written in all the same
        if (ForgetMe.asks(text)) {
            return List.of(forgetMe.forget(turn.inUnlessChosen(written)));
        }
        if (ForgetMe.mentions(text)) {
            return List.of(ForgetMe.confirm(turn.inUnlessChosen(written)));
        }
        Language named = NAMED_LANGUAGE.get(TypedWords.withoutFiller(text));
        if (named != null) {
            return setLanguage.handle(turn, new Payload.SetLanguage(named));
        }
        Turn typed = heard.follow(turn, written);
        if (TypedWords.is(text, LANGUAGE)) {
            return List.of(ChooseLanguageHandler.offer(typed));
        }
        List<Reply> replies = text.length() > LONGEST_READ ? answer(typed, "") : taps.answer(typed, event)
                .orElseGet(() -> answer(typed, text));
        Optional<Language> other = written.filter(language -> language != turn.language());
        if (other.isEmpty()) {
            return replies;
        }
        return Reply.lastWith(replies, List.of(new Reply.QuickReply(Phrases.of(other.get()).keepLanguage(),
                new Payload.SetLanguage(other.get()).encode())));
    }

    private List<Reply> answer(Turn turn, String text) {
        Optional<Emotion> mood = TypedMood.of(text);
        if (mood.isPresent()) {
            return chosen.cardFor(turn, mood.get(), Optional.empty(), false);
        }
        Optional<TypedCategory.Request> asked = TypedCategory.of(text);
        if (asked.isPresent()) {
            return browse.handle(turn, new Payload.Browse(asked.get().category(), asked.get().mood()));
        }
        browse.movedOn(turn);
        return List.of(words(turn.say(), text));
    }

    /** A greeting, a thanks, a goodbye, the help or else the invitation, with a button for each kind of suggestion. */
    private static Reply words(Phrases say, String text) {
        boolean thanks = THANKS.contains(TypedWords.plain(text)); // not TypedWords.is, which sets a "thanks" aside
        String words = TypedWords.is(text, GREETINGS) ? say.greeting() : thanks ? say.youreWelcome()
                : TypedWords.is(text, GOODBYES) ? say.goodbye() : TypedWords.mentions(text, HELP) ? say.help()
                : say.sendSelfie();
        return new Reply.Text(words, BrowseHandler.kinds(say));
    }
}
