package com.moodbot.conversation;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that knows every stage: an event in, the replies out. Channel-neutral; Messenger
 * and the web page both call it. Each kind of event has one {@link EventHandler} (a choice's
 * payload, one {@link PayloadHandler}); every failure becomes a kind reply and one log line.
 */
@Singleton
public class Conversation {

    private static final Logger LOG = LoggerFactory.getLogger(Conversation.class);
    private final Map<Class<?>, EventHandler<?>> handlers;
    private final PersonIds personIds;

    public Conversation(List<EventHandler<?>> handlers, PersonIds personIds) {
        this.personIds = personIds;
        this.handlers = Kinds.index(InboundEvent.class, handlers, h -> List.of(h.type()), "");
    }

    public List<Reply> handle(InboundEvent event) {
        String who = personIds.hash(event.person());
        try {
            return dispatch(who, event);
        } catch (RuntimeException e) {
            LOG.error("Failed to answer {} from person {}", event.getClass().getSimpleName(), who, e);
            return List.of(new Reply.Text(Phrases.BROKE));
        }
    }

    @SuppressWarnings("unchecked")
    private <E extends InboundEvent> List<Reply> dispatch(String who, E event) {
        return ((EventHandler<E>) handlers.get(event.getClass())).handle(who, event);
    }
}
