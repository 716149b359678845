package com.moodbot.conversation;

import com.moodbot.channel.Channel;
import com.moodbot.i18n.DefaultLanguageConfig;
import com.moodbot.i18n.Language;
import java.util.Optional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import com.moodbot.logging.LogSafe;
import com.moodbot.logging.LogThrottle;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that knows every stage: an event in, the replies out. Channel-neutral; Messenger,
 * Instagram Direct and the web page all call it. Each kind of event has one {@link EventHandler} (a choice's
 * payload, one {@link PayloadHandler}); every failure becomes a kind reply and one log line.
 */
@Singleton
public class Conversation {

    private static final Logger LOG = LoggerFactory.getLogger(Conversation.class);
    /** One line per 10 s however many people meet a dead preference store. */
    private final LogThrottle preferenceWarnings = new LogThrottle(Duration.ofSeconds(10));
    private final Map<Class<?>, EventHandler<?>> handlers;
    private final PersonIds personIds;
    private final LanguagePreferences preferences;
    private final Language defaultLanguage;

    public Conversation(List<EventHandler<?>> handlers, PersonIds personIds, LanguagePreferences preferences,
                        DefaultLanguageConfig defaults) {
        this.personIds = personIds;
        this.preferences = preferences;
        this.defaultLanguage = defaults.language();
        this.handlers = Kinds.index(InboundEvent.class, EventHandler.class, handlers, "");
    }

    /** In the language the person chose, else the one they last wrote in, else the page default. */
    public List<Reply> handle(InboundEvent event) {
        return handle(event, Optional.empty());
    }

    /** @param requested the language a channel asks for on this request (the web page's), over the stored one */
    public List<Reply> handle(InboundEvent event, Optional<Language> requested) {
        return ReplyStream.whole(out -> answer(event, requested, out));
    }

    /**
     * As {@link #handle(InboundEvent, Optional)}, with each part of the answer handed to {@code out} when ready.
     * What {@code out} throws (the channel's own failure to send) is thrown on as it is, not answered with an apology.
     */
    public void answer(InboundEvent event, Optional<Language> requested, ReplyStream out) {
        Turn turn = turn(personIds.hash(event.channel(), event.person()), event.channel(), requested);
        try {
            dispatch(turn, event, new ReplyStream() {
                @Override
                public int partsSent() {
                    return out.partsSent();
                }

                @Override
                public boolean part(List<Reply> replies, boolean more) {
                    try {
                        return out.part(replies, more);
                    } catch (RuntimeException e) {
                        throw new ChannelFailure(e);
                    }
                }
            });
        } catch (ChannelFailure e) {
            throw e.channels;
        } catch (RuntimeException e) {
            LOG.error("Failed to answer {} from person {}", event.getClass().getSimpleName(), turn.who(), e);
            out.part(List.of(new Reply.Text(turn.say().broke())), false);
        }
    }

    /** Carries the channel's own exception past the handlers' and this class's catching of their failures. */
    private static final class ChannelFailure extends RuntimeException {
        private final RuntimeException channels;

        ChannelFailure(RuntimeException channels) {
            super(channels);
            this.channels = channels;
        }
    }

    /** Who, in which language: the one requested, else chosen, else last written in, else the default. */
    public Turn turn(String who, Channel channel, Optional<Language> requested) {
        if (requested.isPresent()) {
            return new Turn(who, channel, requested.get(), true);
        }
        if (!channel.remembersPeople()) {
            return new Turn(who, channel, defaultLanguage, false);
        }
        try {
            LanguagePreferences.Kept kept = preferences.kept(who);
            if (kept.chosen().isPresent()) {
                return new Turn(who, channel, kept.chosen().get(), true);
            }
            return new Turn(who, channel, kept.heard().orElse(defaultLanguage), false);
        } catch (RuntimeException e) {
            preferenceWarnings.warn(LOG, "preference",
                    "Language preference unavailable for person {} ({}); using the default", who,
                    LogSafe.value(e.getMessage()));
            return new Turn(who, channel, defaultLanguage, false);
        }
    }

    @SuppressWarnings("unchecked")
    private <E extends InboundEvent> void dispatch(Turn turn, E event, ReplyStream out) {
        ((EventHandler<E>) handlers.get(event.getClass())).answer(turn, event, out);
    }
}
