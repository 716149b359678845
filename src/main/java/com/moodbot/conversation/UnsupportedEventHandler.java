package com.moodbot.conversation;

import com.moodbot.vision.ImageRejectedException;
import jakarta.inject.Singleton;
import java.util.List;

/** Audio, video, files, locations: the bot can only read a mood from a photo, and says so for what came. */
@Singleton
public class UnsupportedEventHandler implements EventHandler<InboundEvent.Unsupported> {

    @Override
    public List<Reply> handle(Turn turn, InboundEvent.Unsupported event) {
        // a photo was sent, but there is nothing to fetch: as a failed download, not as if no photo came
        Phrases say = turn.say();
        if (event.kind().equals(InboundEvent.Unsupported.IMAGE_WITHOUT_URL)) {
            return List.of(new Reply.Text(say.rejected(ImageRejectedException.Reason.DOWNLOAD_FAILED)));
        }
        return List.of(new Reply.Text(say.unsupported(event.kind()), BrowseHandler.kinds(say)));
    }
}
