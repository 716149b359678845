package com.moodbot.conversation;

import com.moodbot.recommend.ChannelHistories;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Forget me" typed in any language the bot speaks: the person's suggestion history and language
 * choice on this channel are erased. It reaches people Meta's deletion callback cannot name
 * (Instagram's), and anyone who asks. Photos are never kept, so there are none to erase.
 */
@Singleton
public class ForgetMe {

    private static final Logger LOG = LoggerFactory.getLogger(ForgetMe.class);
    private static final Set<String> ASKS = Set.of("forget me", "delete my data", "erase my data", "remove my data",
            "delete everything about me", "olvidame", "borra mis datos", "borrar mis datos", "borrad mis datos",
            "elimina mis datos", "eliminar mis datos");
    /** Said of it, never a request by itself: "¿Borro mis datos?" ("do I delete my data?") is asked first. */
    private static final Set<String> SPOKEN_OF = Stream.concat(ASKS.stream(),
            Stream.of("borro mis datos", "elimino mis datos", "borres mis datos", "elimines mis datos",
                    "delete my photos", "keep my photos", "store my photos", "borras mis fotos", "guardas mis fotos"))
            .collect(Collectors.toUnmodifiableSet());

    private final ChannelHistories histories;
    private final LanguagePreferences languages;
    private final RecentChoices recentChoices;

    public ForgetMe(ChannelHistories histories, LanguagePreferences languages, RecentChoices recentChoices) {
        this.histories = histories;
        this.languages = languages;
        this.recentChoices = recentChoices;
    }

    /** Whether {@code text} is a request to be forgotten and nothing else ("¡Olvídame!", "delete my data please"). */
    public static boolean asks(String text) {
        return TypedWords.is(text, ASKS);
    }

    /**
     * Whether {@code text} speaks of it within a sentence ("how do I delete my data?"), which may not be the
     * request: erasing is not undone, so the person is asked first.
     */
    public static boolean mentions(String text) {
        return TypedWords.mentions(text, SPOKEN_OF);
    }

    /** The question asked when a sentence mentions it, with the one button that erases. */
    public static Reply.Text confirm(Turn turn) {
        return new Reply.Text(turn.say().confirmForget(), List.of(new Reply.QuickReply(turn.say().forgetButton(),
                new Payload.Forget(Optional.of(turn.language())).encode())));
    }

    /** Erases what is kept about the turn's person; the reply says whether there was anything. */
    public Reply forget(Turn turn) {
        int lists = histories.of(turn.channel()).erase(turn.who());
        boolean language = languages.erase(turn.who());
        boolean offered = recentChoices.erase(turn.who()) > 0;
        LOG.info("Forgot person {} on {} at their request: suggestion lists {}, choices offered {}, language {}",
                turn.who(), turn.channel().label(), lists, offered ? "erased" : "none", language ? "erased" : "none");
        return new Reply.Text(turn.say().forgotten(lists > 0 || offered, language));
    }
}
