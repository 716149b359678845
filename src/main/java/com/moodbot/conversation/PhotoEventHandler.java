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
 * fails unexpectedly is answered with an apology, and the others still with their own answers.
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
        List<String> urls = event.imageUrls();
        List<Reply> replies = new ArrayList<>();
        if (urls.size() > MOST_PER_MESSAGE) {
            replies.add(new Reply.Text(turn.say().firstPhotosOnly(MOST_PER_MESSAGE, urls.size())));
        }
        List<String> read = urls.subList(0, Math.min(urls.size(), MOST_PER_MESSAGE));
        for (int i = 0; i < read.size(); i++) {
            String url = read.get(i);
            // only the last photo's answer may be a question: the chat shows the latest quick replies alone
            List<Reply> answer;
            try {
                answer = photos.photo(turn, () -> {
                    long t0 = System.nanoTime();
                    try {
                        return fetcher.fetch(url);
                    } finally {
                        metrics.stage("fetch", System.nanoTime() - t0);
                    }
                }, i == read.size() - 1);
            } catch (RuntimeException e) {
                LOG.error("Failed to answer photo {} of {} from person {}", i + 1, read.size(), turn.who(), e);
                answer = List.of(new Reply.Text(turn.say().broke()));
            }
            replies.addAll(read.size() > 1 ? numbered(turn.say().photoNumber(i + 1), answer) : answer);
        }
        return replies;
    }

    /** "Photo 2: You look happy…": the answer's first line says which of several photos it is about. */
    private static List<Reply> numbered(String number, List<Reply> answer) {
        if (answer.isEmpty() || !(answer.get(0) instanceof Reply.Text first)) {
            return answer;
        }
        List<Reply> out = new ArrayList<>(answer);
        out.set(0, new Reply.Text(number + " " + first.text(), first.quickReplies()));
        return out;
    }
}
