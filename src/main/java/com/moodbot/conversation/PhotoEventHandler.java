package com.moodbot.conversation;

import com.moodbot.metrics.MoodbotMetrics;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each photo in the message is downloaded, read and answered in turn, up to {@link #MOST_PER_MESSAGE}: an answer
 * is a line and a card, so ten photos at once would flood the chat, and keep a worker for ten reads. A photo that
 * fails unexpectedly is answered with an apology, and the others still with their own answers. On a channel that
 * takes the answer in parts ({@link ReplyStream}) each photo's answer is sent as soon as it is ready.
 */
@Singleton
public class PhotoEventHandler implements EventHandler<InboundEvent.Photo> {

    private static final Logger LOG = LoggerFactory.getLogger(PhotoEventHandler.class);

    static final int MOST_PER_MESSAGE = 3;

    private final ImageFetcher fetcher;
    private final PhotoReplies photos;
    private final MoodbotMetrics metrics;

    public PhotoEventHandler(ImageFetcher fetcher, PhotoReplies photos, MoodbotMetrics metrics) {
        this.fetcher = fetcher;
        this.photos = photos;
        this.metrics = metrics;
    }

    @Override
    public List<Reply> handle(Turn turn, InboundEvent.Photo event) {
        return ReplyStream.whole(out -> answer(turn, event, out));
    }

    /**
     * Each photo's answer goes out before the next photo is downloaded, so the first is not held by the last; the
     * parts sent on an earlier attempt are not made again (their photos not downloaded, their cards not picked).
     */
    @Override
    public void answer(Turn turn, InboundEvent.Photo event, ReplyStream out) {
        List<String> urls = event.imageUrls();
        List<String> read = urls.subList(0, Math.min(urls.size(), MOST_PER_MESSAGE));
        int part = 0;
        if (urls.size() > MOST_PER_MESSAGE) {
            Reply.Text firstOnly = new Reply.Text(turn.say().firstPhotosOnly(MOST_PER_MESSAGE, urls.size()));
            if (part++ >= out.partsSent() && !out.part(List.of(firstOnly), true)) {
                return;
            }
        }
        // after a takeover that skipped the earlier photos, their cards' buttons are not known here
        List<Reply.QuickReply> latestButtons = List.of();
        for (int i = 0; i < read.size(); i++) {
            if (part++ < out.partsSent()) {
                continue;
            }
            boolean last = i == read.size() - 1;
            // only the last photo's answer may be a question: the chat shows the latest quick replies alone
            List<Reply> answer = answer(turn, read.get(i), last, i + 1, read.size());
            if (read.size() > 1) {
                answer = numbered(turn.say().photoNumber(i + 1), answer);
            }
            List<Reply.QuickReply> buttons = answer.get(answer.size() - 1).quickReplies();
            if (last && buttons.isEmpty()) {
                // no face, a file that would not open: the latest card's buttons stay under the chat, which shows
                // the latest message's alone ("another one", "not my mood")
                answer = Reply.lastWith(answer, latestButtons);
            }
            latestButtons = buttons.isEmpty() ? latestButtons : buttons;
            if (!out.part(answer, !last)) {
                return;
            }
        }
    }

    private List<Reply> answer(Turn turn, String url, boolean mayAsk, int number, int of) {
        try {
            return photos.photo(turn, () -> {
                long t0 = System.nanoTime();
                try {
                    return fetcher.fetch(url);
                } finally {
                    metrics.stage("fetch", System.nanoTime() - t0);
                }
            }, mayAsk);
        } catch (RuntimeException e) {
            LOG.error("Failed to answer photo {} of {} from person {}", number, of, turn.who(), e);
            return List.of(new Reply.Text(turn.say().broke()));
        }
    }

    /**
     * "Photo 2:", then on its own line "You look happy…": the answer's first line says which of several photos it
     * is about, apart from the sentence, which may hold a colon of its own ("2 faces: 2 happy").
     */
    private static List<Reply> numbered(String number, List<Reply> answer) {
        if (answer.isEmpty() || !(answer.get(0) instanceof Reply.Text first)) {
            return answer;
        }
        List<Reply> out = new ArrayList<>(answer);
        out.set(0, new Reply.Text(number + "\n" + first.text(), first.quickReplies()));
        return out;
    }
}
