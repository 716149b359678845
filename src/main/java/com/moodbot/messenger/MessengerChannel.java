package com.moodbot.messenger;

import com.moodbot.conversation.Conversation;
import com.moodbot.conversation.InboundEvent;
import com.moodbot.conversation.PersonIds;
import com.moodbot.conversation.Reply;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Answers one Messenger Platform event, from Messenger or Instagram Direct (the same Send API, the
 * Page token, the recipient's id on that channel): {@code mark_seen} and {@code typing_on} first for
 * photos (the slow path), then every reply in order, within that channel's limits. Stops at the
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
     * Answers {@code event}, skipping the Send API calls that {@code delivery} says went out on an
     * earlier attempt (an instance that died mid-answer) and recording each one that goes out now.
     */
    public void answer(InboundEvent event, Delivery delivery) {
        String psid = event.person();
        Sends sends = new Sends(personIds.hash(event.channel(), psid), delivery);
        if (!sends.courtesy(SendRequest.action(psid, "mark_seen"))) {
            return;
        }
        if (event instanceof InboundEvent.Photo && !sends.courtesy(SendRequest.action(psid, "typing_on"))) {
            return;
        }
        List<Reply> replies = conversation.handle(event);
        for (Reply reply : replies) {
            if (!sends.send(MessengerRenderer.render(event.channel(), psid, reply))) {
                return;
            }
        }
    }

    private final class Sends {
        private final String tag;
        private final Delivery delivery;
        private final int skip;
        private int count;

        Sends(String tag, Delivery delivery) {
            this.tag = tag;
            this.delivery = delivery;
            this.skip = delivery.alreadySent();
        }

        boolean send(SendRequest request) {
            if (sentBefore()) {
                return true;
            }
            if (!send.send(request, tag)) {
                return false;
            }
            count++;
            delivery.sent(count);
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
            count++;
            delivery.sent(count);
            return error.map(e -> !e.unreachable()).orElse(true);
        }

        /** Whether the next request went out on an earlier attempt at this event (then it is counted, not sent). */
        private boolean sentBefore() {
            if (count < skip) {
                count++;
                return true;
            }
            return false;
        }
    }
}
