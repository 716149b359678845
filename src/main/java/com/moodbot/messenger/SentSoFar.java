package com.moodbot.messenger;

/**
 * How far an event's answer got: the Send API calls that went out, and the answer's parts sent whole with the calls
 * that had gone out when the last of them was. A later attempt makes only the parts after those (a message's later
 * photos, not again its earlier ones, whose cards would differ), then skips the calls of its first part that went
 * out before.
 */
public record SentSoFar(int requests, int parts, int requestsAtPart) {

    public static final SentSoFar NOTHING = new SentSoFar(0, 0, 0);

    /** One more call out. */
    SentSoFar request() {
        return new SentSoFar(requests + 1, parts, requestsAtPart);
    }

    /** One more part sent whole, with every call so far. */
    SentSoFar part() {
        return new SentSoFar(requests, parts + 1, requests);
    }
}
