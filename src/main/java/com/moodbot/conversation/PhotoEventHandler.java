package com.moodbot.conversation;

import com.moodbot.metrics.MoodbotMetrics;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/** Each photo in the message is downloaded, read and answered in turn. */
@Singleton
public class PhotoEventHandler implements EventHandler<InboundEvent.Photo> {

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
        List<Reply> replies = new ArrayList<>();
        for (String url : event.imageUrls()) {
            replies.addAll(photos.photo(turn, () -> {
                long t0 = System.nanoTime();
                try {
                    return fetcher.fetch(url);
                } finally {
                    metrics.stage("fetch", System.nanoTime() - t0);
                }
            }));
        }
        return replies;
    }
}
