package com.moodbot.messenger;

import com.moodbot.conversation.Conversation;
import com.moodbot.conversation.InboundEvent;
import com.moodbot.conversation.PersonIds;
import com.moodbot.conversation.Reply;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Answers one Messenger event: {@code mark_seen} and {@code typing_on} first for photos (the slow
 * path), then every reply in order. Stops at the first reply Facebook will not take.
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

    public void answer(InboundEvent event) {
        String psid = event.person();
        String tag = personIds.hash(psid);
        if (!send.send(SendRequest.action(psid, "mark_seen"), tag)) {
            return;
        }
        if (event instanceof InboundEvent.Photo && !send.send(SendRequest.action(psid, "typing_on"), tag)) {
            return;
        }
        List<Reply> replies = conversation.handle(event);
        for (Reply reply : replies) {
            if (!send.send(MessengerRenderer.render(psid, reply), tag)) {
                return;
            }
        }
    }
}
