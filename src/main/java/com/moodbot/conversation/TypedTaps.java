package com.moodbot.conversation;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Words typed instead of a tap on a button under the last card (the chat hides the buttons once the person types):
 * "another one", "not my mood", or another of a kind ("another song", "otra canción") are answered as that button
 * is, while the card is {@link LastOffered} kept.
 */
@Singleton
public class TypedTaps {

    private static final Set<String> ANOTHER = Set.of("another", "another one", "one more", "something else",
            "next", "more", "a different one", "otra", "otra idea", "otra mas", "otra cosa", "otro", "mas",
            "dame otra", "siguiente", "algo distinto", "algo diferente");
    private static final Set<String> NOT_MY_MOOD = Set.of("not my mood", "wrong mood", "thats not my mood",
            "thats not how i feel", "not how i feel", "wrong", "no me siento asi", "no es mi estado de animo",
            "ese no es mi estado de animo", "te equivocas", "no es asi como me siento");

    /** "another song", "otra canción": a kind for the card's mood; "a song" alone is a request of its own. */
    private static final Pattern ANOTHER_KIND = Pattern.compile("^(another|one more|otra|otro) ");

    private final LastOffered offered;
    private final ChoiceEventHandler choices;

    public TypedTaps(LastOffered offered, ChoiceEventHandler choices) {
        this.offered = offered;
        this.choices = choices;
    }

    /** The answer to the button {@code event}'s words name under the last card; none when they name none. */
    Optional<List<Reply>> answer(Turn turn, InboundEvent.Text event) {
        return button(event.text()).flatMap(which -> offered.lastCard(turn).stream()
                        .filter(payload -> Payload.parse(payload).filter(which).isPresent()).findFirst())
                .map(payload -> choices.handle(turn, new InboundEvent.Choice(event.channel(), event.person(),
                        event.id(), payload)));
    }

    /** Which button the words ask for; a kind with a mood beside it ("another sad song") is a request of its own. */
    static Optional<Predicate<Payload>> button(String text) {
        if (TypedWords.is(text, ANOTHER)) {
            return Optional.of(p -> p instanceof Payload.More);
        }
        if (TypedWords.is(text, NOT_MY_MOOD)) {
            return Optional.of(p -> p instanceof Payload.NotMyMood);
        }
        if (!ANOTHER_KIND.matcher(TypedWords.withoutFiller(text)).find()) {
            return Optional.empty();
        }
        return TypedCategory.of(text).filter(asked -> asked.mood().isEmpty())
                .map(asked -> p -> p instanceof Payload.Suggestion s && s.category() == asked.category());
    }
}
