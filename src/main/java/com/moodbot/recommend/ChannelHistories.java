package com.moodbot.recommend;

import com.moodbot.channel.Channel;

/**
 * A history store per channel. The web page's throwaway tab sessions live only in a small in-memory
 * store of their own ({@link #WEB_SESSIONS} at most), so anyone can open any number of them without
 * evicting a Messenger person's history or filling Redis. Instagram people share Messenger's store:
 * their ids are hashed apart ({@code PersonIds}), so the same number on both channels is two histories.
 */
public record ChannelHistories(HistoryStore messenger, HistoryStore web) {

    public static final int WEB_SESSIONS = 5_000;

    /** One store for every channel: a command's or a bench's own. */
    public static ChannelHistories shared(HistoryStore store) {
        return new ChannelHistories(store, store);
    }

    public HistoryStore of(Channel channel) {
        return switch (channel) {
            case MESSENGER, INSTAGRAM -> messenger;
            case WEB -> web;
        };
    }
}
