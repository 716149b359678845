package com.moodbot.conversation;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/** Each photo in the message is downloaded, read and answered in turn. */
@Singleton
public class PhotoEventHandler implements EventHandler<InboundEvent.Photo> {

    private final ImageFetcher fetcher;
    private final PhotoReplies photos;

    public PhotoEventHandler(ImageFetcher fetcher, PhotoReplies photos) {
        this.fetcher = fetcher;
        this.photos = photos;
    }

    @Override
    public Class<InboundEvent.Photo> type() {
        return InboundEvent.Photo.class;
    }

    @Override
    public List<Reply> handle(String who, InboundEvent.Photo event) {
        List<Reply> replies = new ArrayList<>();
        for (String url : event.imageUrls()) {
            replies.addAll(photos.photo(who, () -> fetcher.fetch(url)));
        }
        return replies;
    }
}
