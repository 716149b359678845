package com.moodbot.conversation;

import java.util.List;

/**
 * Something a person did that deserves an answer, independent of the channel it came from. The
 * {@code id} is the platform's message id, used to drop redeliveries.
 */
public sealed interface InboundEvent {

    String person();

    String id();

    /** A photo (or several) to read the mood from. */
    record Photo(String person, String id, List<String> imageUrls) implements InboundEvent {
        public Photo {
            imageUrls = List.copyOf(imageUrls);
        }
    }

    /** A sticker, including stickers sent as images with a sticker id (the thumbs-up). */
    record Sticker(String person, String id) implements InboundEvent {
    }

    /** Free text typed by the person. */
    record Text(String person, String id, String text) implements InboundEvent {
    }

    /** A tapped quick reply or button: the payload we put there. */
    record Choice(String person, String id, String payload) implements InboundEvent {
    }

    /** Audio, video, files, locations and anything else we cannot read a mood from. */
    record Unsupported(String person, String id, String kind) implements InboundEvent {
    }
}
