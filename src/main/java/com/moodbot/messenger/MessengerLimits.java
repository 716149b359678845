package com.moodbot.messenger;

import com.moodbot.channel.Channel;
import java.util.List;

/**
 * The Send API's size limits for one channel, applied to everything we send. Messenger and Instagram
 * Direct take the same generic template (title and subtitle 80 characters, a button title 20) and
 * the same text-only quick replies (13 at most, titles 20); Instagram takes 1000 characters of text
 * where Messenger takes 2000.
 */
record MessengerLimits(int text, int title, int subtitle, int buttonTitle, int quickReplyTitle, int quickReplies,
                       int payload) {

    static final MessengerLimits MESSENGER = new MessengerLimits(2000, 80, 80, 20, 20, 13, 1000);
    static final MessengerLimits INSTAGRAM = new MessengerLimits(1000, 80, 80, 20, 20, 13, 1000);

    static MessengerLimits of(Channel channel) {
        return channel == Channel.INSTAGRAM ? INSTAGRAM : MESSENGER;
    }

    /** Cuts to at most {@code max} code points, ending with an ellipsis when cut. */
    static String fit(String text, int max) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, max - 1);
        return text.substring(0, end).stripTrailing() + "…";
    }

    static <T> List<T> first(List<T> items, int max) {
        return items.size() <= max ? items : items.subList(0, max);
    }
}
