package com.moodbot.conversation;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Optional;

/** What the bot says back, channel-neutral; each channel renders it (Send API calls, JSON for the web page). */
public sealed interface Reply {

    List<QuickReply> quickReplies();

    record Text(String text, List<QuickReply> quickReplies) implements Reply {
        public Text {
            quickReplies = List.copyOf(quickReplies);
        }

        public Text(String text) {
            this(text, List.of());
        }
    }

    /**
     * A recommendation card: title, subtitle, one link button, and a picture: {@code imageUrl} when
     * there is an absolute one (the item's own, or the bot's art under the public URL), and
     * {@code art}, the bot's art as a path on this service, for the web page.
     */
    record Card(String title, String subtitle, Optional<String> imageUrl, String art, String buttonTitle,
                String buttonUrl, List<QuickReply> quickReplies) implements Reply {
        public Card {
            quickReplies = List.copyOf(quickReplies);
        }
    }

    @Serdeable
    record QuickReply(String title, String payload) {
    }
}
