package com.moodbot.messenger;

import com.moodbot.conversation.Reply;
import java.util.List;

/** Turns channel-neutral replies into Send API requests, within Messenger's limits. */
final class MessengerRenderer {

    private MessengerRenderer() {
    }

    static SendRequest render(String psid, Reply reply) {
        List<SendRequest.QuickReply> quick = quickReplies(reply.quickReplies());
        SendRequest.Message message = reply.accept(new Reply.Visitor<>() {
            @Override
            public SendRequest.Message text(Reply.Text t) {
                return new SendRequest.Message(MessengerLimits.fit(t.text(), MessengerLimits.TEXT), null, quick);
            }

            @Override
            public SendRequest.Message card(Reply.Card c) {
                return new SendRequest.Message(null, new SendRequest.Attachment("template",
                        new SendRequest.TemplatePayload("generic", List.of(new SendRequest.Element(
                                MessengerLimits.fit(c.title(), MessengerLimits.TITLE),
                                MessengerLimits.fit(c.subtitle(), MessengerLimits.SUBTITLE),
                                c.imageUrl().orElse(null),
                                List.of(new SendRequest.Button("web_url", c.buttonUrl(),
                                        MessengerLimits.fit(c.buttonTitle(), MessengerLimits.BUTTON_TITLE))))))), quick);
            }
        });
        return SendRequest.message(psid, message);
    }

    private static List<SendRequest.QuickReply> quickReplies(List<Reply.QuickReply> replies) {
        if (replies.isEmpty()) {
            return null;
        }
        return MessengerLimits.first(replies, MessengerLimits.QUICK_REPLIES).stream()
                .map(q -> new SendRequest.QuickReply("text", MessengerLimits.fit(q.title(), MessengerLimits.QUICK_REPLY_TITLE),
                        MessengerLimits.fit(q.payload(), MessengerLimits.PAYLOAD)))
                .toList();
    }
}
