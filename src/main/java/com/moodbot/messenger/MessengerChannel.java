package com.moodbot.messenger;

import com.moodbot.conversation.Conversation;
import com.moodbot.conversation.InboundEvent;
import com.moodbot.conversation.PersonIds;
import com.moodbot.conversation.Reply;
import com.moodbot.conversation.ReplyStream;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Answers one Messenger Platform event, from Messenger or Instagram Direct (the same Send API, the
 * Page token, the recipient's id on that channel): {@code mark_seen} and {@code typing_on} first for
 * photos (the slow path), then every reply in order, within that channel's limits, each part as soon
 * as it is ready (one photo's answer, then {@code typing_on} again while the next is read). Stops at the
 * first reply Facebook will not take. A sender action is a courtesy, sent once: when Facebook will
 * not take it the replies go out all the same, unless its error says the person cannot be reached
 * (then the event is not even read: no photo fetched, no card counted as shown).
 */
@Singleton
public class MessengerChannel {

    private final Conversation conversation;
    private final SendApiClient send;
    private final PersonIds personIds;

    public MessengerChannel(Conversation conversation, SendApiClient send, PersonIds personIds) {
        this.personIds = personIds;
        this.conversation = conversation;
        this.send = send;
    }

    /**
     * Answers {@code event}, skipping what {@code delivery} says went out on an earlier attempt (an instance
     * that died mid-answer: {@link SentSoFar}) and recording how far this one gets.
     */
    public void answer(InboundEvent event, Delivery delivery) {
        String psid = event.person();
        Sends sends = new Sends(event, personIds.hash(event.channel(), psid), delivery);
        if (!sends.courtesy(SendRequest.action(psid, "mark_seen"))) {
            return;
        }
        if (event instanceof InboundEvent.Photo && !sends.courtesy(SendRequest.action(psid, "typing_on"))) {
            return;
        }
        conversation.answer(event, Optional.empty(), sends);
    }

    private final class Sends implements ReplyStream {
        private final InboundEvent event;
        private final String tag;
        private final Delivery delivery;
        private final SentSoFar earlier;
        private SentSoFar now = SentSoFar.NOTHING;

        Sends(InboundEvent event, String tag, Delivery delivery) {
            this.event = event;
            this.tag = tag;
            this.delivery = delivery;
            this.earlier = delivery.alreadySent();
        }

        @Override
        public int partsSent() {
            return earlier.parts();
        }

        /** A part after those sent before; a part ends with {@code typing_on} when another follows. */
        @Override
        public boolean part(List<Reply> replies, boolean more) {
            if (now.parts() < earlier.parts()) {
                now = new SentSoFar(earlier.requestsAtPart(), earlier.parts(), earlier.requestsAtPart());
            }
            for (Reply reply : replies) {
                if (!send(MessengerRenderer.render(event.channel(), event.person(), reply))) {
                    return false;
                }
            }
            if (more && !courtesy(SendRequest.action(event.person(), "typing_on"))) {
                return false;
            }
            now = now.part();
            delivery.sent(now);
            return true;
        }

        private boolean send(SendRequest request) {
            if (sentBefore()) {
                return true;
            }
            if (!send.send(request, tag)) {
                return false;
            }
            counted();
            return true;
        }

        /**
         * Sent once, and counted as done whether or not Facebook took it, so a redelivery skips it either way.
         *
         * @return false when its error says the person cannot be reached
         */
        boolean courtesy(SendRequest action) {
            if (sentBefore()) {
                return true;
            }
            Optional<GraphError> error = send.sendOnce(action, tag);
            counted();
            return error.map(e -> !e.unreachable()).orElse(true);
        }

        private void counted() {
            now = now.request();
            delivery.sent(now);
        }

        /** Whether the next request went out on an earlier attempt at this event (then it is counted, not sent). */
        private boolean sentBefore() {
            if (now.requests() < earlier.requests()) {
                now = now.request();
                return true;
            }
            return false;
        }
    }
}
