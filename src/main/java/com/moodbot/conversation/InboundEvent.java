package com.moodbot.conversation;

import com.moodbot.channel.Channel;
import java.util.List;

/**
 * Something a person did that deserves an answer, independent of the channel it came from. The
 * {@code id} is the platform's message id, used to drop redeliveries.
 */
public sealed interface InboundEvent {

    Channel channel();

    /** The person's id on that channel: a Page-scoped id, or a web page tab's session. */
    String person();

    String id();

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of event: a new kind does not compile until every visitor handles it. */
    interface Visitor<R> {
        R photo(Photo photo);

        R sticker(Sticker sticker);

        R text(Text text);

        R choice(Choice choice);

        R unsupported(Unsupported unsupported);
    }

    /** A photo (or several) to read the mood from. */
    record Photo(Channel channel, String person, String id, List<String> imageUrls) implements InboundEvent {
        public Photo {
            imageUrls = List.copyOf(imageUrls);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.photo(this);
        }
    }

    /** A sticker, including stickers sent as images with a sticker id (the thumbs-up). */
    record Sticker(Channel channel, String person, String id) implements InboundEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.sticker(this);
        }
    }

    /** Free text typed by the person. */
    record Text(Channel channel, String person, String id, String text) implements InboundEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.text(this);
        }
    }

    /** A tapped quick reply or button: the payload we put there. */
    record Choice(Channel channel, String person, String id, String payload) implements InboundEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.choice(this);
        }
    }

    /** Audio, video, files, locations and anything else we cannot read a mood from. */
    record Unsupported(Channel channel, String person, String id, String kind) implements InboundEvent {
        /** The kind of an image attachment that came without a URL to fetch it from. */
        public static final String IMAGE_WITHOUT_URL = "image without a url";

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.unsupported(this);
        }
    }
}
