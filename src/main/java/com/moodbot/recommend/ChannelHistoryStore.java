package com.moodbot.recommend;

import java.util.Set;

/**
 * Keeps the web page's throwaway tab sessions apart from Messenger users: sessions (person hashes
 * starting {@value #WEB_PREFIX}) live only in a small in-memory store of their own, so anyone can
 * open any number of them without evicting a Messenger user's history or filling Redis.
 */
public final class ChannelHistoryStore implements HistoryStore {

    public static final String WEB_PREFIX = "web-";
    public static final int WEB_SESSIONS = 5_000;
    private final HistoryStore messenger;
    private final HistoryStore web;

    public ChannelHistoryStore(HistoryStore messenger, HistoryStore web) {
        this.messenger = messenger;
        this.web = web;
    }

    private HistoryStore of(String person) {
        return person.startsWith(WEB_PREFIX) ? web : messenger;
    }

    @Override
    public Set<String> seen(String person, String listKey) {
        return of(person).seen(person, listKey);
    }

    @Override
    public void markSeen(String person, String listKey, String itemId) {
        of(person).markSeen(person, listKey, itemId);
    }

    @Override
    public void reset(String person, String listKey) {
        of(person).reset(person, listKey);
    }

    @Override
    public void erase(String person) {
        of(person).erase(person);
    }
}
