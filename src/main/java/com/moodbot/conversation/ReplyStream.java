package com.moodbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Where an answer goes part by part as each is ready: one photo's answer before the next photo is downloaded. */
@FunctionalInterface
public interface ReplyStream {

    /** The answer's first parts, sent whole on an earlier attempt at the same event: not to be made again. */
    default int partsSent() {
        return 0;
    }

    /**
     * @param more whether another part follows (the channel may show that it is still typing)
     * @return false when the rest need not be made: the channel could not deliver this part
     */
    boolean part(List<Reply> replies, boolean more);

    /** Every part of the answer {@code answering} gives, in one list. */
    static List<Reply> whole(Consumer<ReplyStream> answering) {
        List<Reply> replies = new ArrayList<>();
        answering.accept((part, more) -> {
            replies.addAll(part);
            return true;
        });
        return replies;
    }
}
