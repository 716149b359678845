package com.moodbot.conversation;

import com.moodbot.emotion.Emotion;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What the bot says back, channel-neutral; each channel renders it (Send API calls, JSON for the web
 * page) through a {@link Visitor}, so a new kind of reply does not compile until every channel renders it.
 */
public sealed interface Reply {

    List<QuickReply> quickReplies();

    /** The same reply with {@code more} after its quick replies. */
    Reply with(List<QuickReply> more);

    <R> R accept(Visitor<R> visitor);

    /** {@code replies} with {@code more} after the last one's quick replies, where the chat shows them. */
    static List<Reply> lastWith(List<Reply> replies, List<QuickReply> more) {
        List<Reply> out = new ArrayList<>(replies);
        out.set(out.size() - 1, out.get(out.size() - 1).with(more));
        return out;
    }

    private static List<QuickReply> plus(List<QuickReply> quickReplies, List<QuickReply> more) {
        return Stream.concat(quickReplies.stream(), more.stream()).toList();
    }

    /** One method per kind of reply. */
    interface Visitor<R> {
        R text(Text text);

        R card(Card card);
    }

    record Text(String text, List<QuickReply> quickReplies) implements Reply {
        public Text {
            quickReplies = List.copyOf(quickReplies);
        }

        public Text(String text) {
            this(text, List.of());
        }

        @Override
        public Text with(List<QuickReply> more) {
            return new Text(text, plus(quickReplies, more));
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.text(this);
        }
    }

    /**
     * A recommendation card: title, subtitle, one link button, and a picture: {@code imageUrl} when
     * there is an absolute one (the item's own, or one served here under the public URL), and
     * {@code picture}, the same as a URL or a path on this service, for the web page. The button
     * opens {@code buttonUrl} on Messenger (the tracked link under the public URL, else the item's
     * own) and {@code tapPath}, the tracked link on this service, on the web page.
     */
    record Card(String title, String subtitle, Optional<String> imageUrl, String picture, String buttonTitle,
                String buttonUrl, String tapPath, List<QuickReply> quickReplies) implements Reply {
        public Card {
            quickReplies = List.copyOf(quickReplies);
        }

        @Override
        public Card with(List<QuickReply> more) {
            return new Card(title, subtitle, imageUrl, picture, buttonTitle, buttonUrl, tapPath,
                    plus(quickReplies, more));
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.card(this);
        }
    }

    @Serdeable
    record QuickReply(String title, String payload) {

        /** One quick reply for each of {@code moods}, titled with its name and carrying its own payload. */
        public static List<QuickReply> forMoods(Phrases say, List<Emotion> moods, Function<Emotion, Payload> payload) {
            return moods.stream().map(mood -> new QuickReply(say.title(mood), payload.apply(mood).encode())).toList();
        }
    }
}
