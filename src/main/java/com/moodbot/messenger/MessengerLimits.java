package com.moodbot.messenger;

import java.util.List;

/** The Send API's size limits, applied to everything we send. */
final class MessengerLimits {

    static final int TEXT = 2000;
    static final int TITLE = 80;
    static final int SUBTITLE = 80;
    static final int BUTTON_TITLE = 20;
    static final int QUICK_REPLY_TITLE = 20;
    static final int QUICK_REPLIES = 13;
    static final int PAYLOAD = 1000;

    private MessengerLimits() {
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
