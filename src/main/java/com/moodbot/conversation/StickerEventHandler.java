package com.moodbot.conversation;

import jakarta.inject.Singleton;
import java.util.List;

/** A sticker (the thumbs-up included) gets a friendly word back, with the kinds of suggestion to ask for. */
@Singleton
public class StickerEventHandler implements EventHandler<InboundEvent.Sticker> {

    @Override
    public List<Reply> handle(Turn turn, InboundEvent.Sticker event) {
        return List.of(new Reply.Text(turn.say().sticker(), BrowseHandler.kinds(turn.say())));
    }
}
