package com.moodbot.bench;

import java.time.Duration;

/**
 * Replies a load run got back, counted per person: each post must get exactly one mark_seen and
 * one text. Lost and duplicated are counted apart, so one does not hide the other.
 */
record ReplyTally(int lost, int duplicated, int actions, int messages) {

    /** Waits for every post's mark_seen and text (or {@code quiet} without a call), then counts. */
    static ReplyTally await(FakeGraphApi graph, int sent, int people, Duration quiet) throws InterruptedException {
        graph.awaitCalls(2 * sent, quiet);
        int[] expected = new int[people];
        for (int i = 0; i < sent; i++) {
            expected[i % people]++;
        }
        int lost = 0;
        int duplicated = 0;
        for (int p = 0; p < people; p++) {
            int got = graph.messagesTo(WebhookLoad.sender(p, people));
            lost += Math.max(0, expected[p] - got);
            duplicated += Math.max(0, got - expected[p]);
        }
        int actions = graph.actions();
        lost = Math.max(lost, sent - actions);
        duplicated = Math.max(duplicated, actions - sent);
        return new ReplyTally(lost, duplicated, actions, graph.messages());
    }
}
