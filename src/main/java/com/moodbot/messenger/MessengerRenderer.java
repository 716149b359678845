package com.moodbot.messenger;

import com.moodbot.channel.Channel;
import com.moodbot.conversation.Reply;
import java.util.List;

/**
 * Turns channel-neutral replies into Send API requests, within the limits of the channel they go to
 * (Messenger's or Instagram's, {@link MessengerLimits}): one rendering for both.
 */
final class MessengerRenderer {

    private MessengerRenderer() {
    }

    static SendRequest render(Channel channel, String recipient, Reply reply) {
        MessengerLimits limits = MessengerLimits.of(channel);
        List<SendRequest.QuickReply> quick = quickReplies(limits, reply.quickReplies());
        SendRequest.Message message = reply.accept(new Reply.Visitor<>() {
            @Override
            public SendRequest.Message text(Reply.Text t) {
                return new SendRequest.Message(MessengerLimits.fit(t.text(), limits.text()), null, quick);
            }

            @Override
            public SendRequest.Message card(Reply.Card c) {
                return new SendRequest.Message(null, new SendRequest.Attachment("template",
                        new SendRequest.TemplatePayload("generic", List.of(new SendRequest.Element(
                                MessengerLimits.fit(c.title(), limits.title()),
                                MessengerLimits.fit(c.subtitle(), limits.subtitle()),
                                c.imageUrl().orElse(null),
                                List.of(new SendRequest.Button("web_url", c.buttonUrl(),
                                        MessengerLimits.fit(c.buttonTitle(), limits.buttonTitle()))))))), quick);
            }
        });
        return SendRequest.message(recipient, message);
    }

    private static List<SendRequest.QuickReply> quickReplies(MessengerLimits limits, List<Reply.QuickReply> replies) {
        if (replies.isEmpty()) {
            return null;
        }
        return MessengerLimits.first(replies, limits.quickReplies()).stream()
                .map(q -> new SendRequest.QuickReply("text", MessengerLimits.fit(q.title(), limits.quickReplyTitle()),
                        MessengerLimits.fit(q.payload(), limits.payload())))
                .toList();
    }
}
