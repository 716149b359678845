package com.moodbot.conversation;

import com.moodbot.metrics.MoodbotMetrics;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A tapped quick reply or button: its payload goes to the one {@link PayloadHandler} for its kind.
 * A payload this version does not read (an old message's button, or one we did not write) is said to be old.
 */
@Singleton
public class ChoiceEventHandler implements EventHandler<InboundEvent.Choice> {

    private static final Logger LOG = LoggerFactory.getLogger(ChoiceEventHandler.class);
    private final Map<Class<?>, PayloadHandler<?>> handlers;
    private final MoodbotMetrics metrics;
    private final MenuLanguage menuLanguage;

    public ChoiceEventHandler(List<PayloadHandler<?>> handlers, MoodbotMetrics metrics, MenuLanguage menuLanguage) {
        this.handlers = Kinds.index(Payload.class, PayloadHandler.class, handlers, "payload ");
        this.metrics = metrics;
        this.menuLanguage = menuLanguage;
    }

    @Override
    public List<Reply> handle(Turn turn, InboundEvent.Choice event) {
        Optional<Payload> payload = Payload.parse(event.payload());
        metrics.choice(payload.map(p -> kind(p.getClass())).orElse("unknown"));
        if (payload.isEmpty()) {
            LOG.info("Unknown payload from person {}", turn.who());
            return List.of(new Reply.Text(turn.say().oldButton()));
        }
        Turn answered = payload.get() instanceof Payload.FromMenu item
                ? menuLanguage.adopt(turn, item.menuLanguage()) : turn;
        return dispatch(answered, payload.get());
    }

    /** {@code NotMyMood} is "not_my_mood". */
    static String kind(Class<?> payload) {
        return payload.getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private <P extends Payload> List<Reply> dispatch(Turn turn, P payload) {
        return ((PayloadHandler<P>) handlers.get(payload.getClass())).handle(turn, payload);
    }

}
