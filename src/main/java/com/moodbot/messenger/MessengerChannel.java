package com.moodbot.messenger;

import com.moodbot.conversation.Conversation;
import com.moodbot.conversation.InboundEvent;
import com.moodbot.conversation.PersonIds;
import com.moodbot.conversation.Reply;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Answers one Messenger Platform event, from Messenger or Instagram Direct (the same Send API, the
 * Page token, the recipient's id on that channel): {@code mark_seen} and {@code typing_on} first for
 * photos (the slow path), then every reply in order, within that channel's limits. Stops at the
 * first reply Facebook will not take; a sender action it will not take is only a courtesy lost, so
 * the replies go out all the same (where the person cannot be reached, the first reply says so).
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
        sends.courtesy(SendRequest.action(psid, "mark_seen"));
        if (event instanceof InboundEvent.Photo) {
            sends.courtesy(SendRequest.action(psid, "typing_on"));
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
            if (count < skip) {
                count++;
                return true;
            }
            if (!send.send(request, tag)) {
                return false;
            }
            count++;
            delivery.sent(count);
            return true;
        }

        /** Counted as done whether or not Facebook took it, so a redelivery skips it either way. */
        void courtesy(SendRequest action) {
            if (!send(action)) {
                count++;
                delivery.sent(count);
            }
        }
    }
}
