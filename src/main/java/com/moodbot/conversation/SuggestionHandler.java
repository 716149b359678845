package com.moodbot.conversation;

import jakarta.inject.Singleton;
import java.util.List;

/** "Another one" and the category buttons: a card for that mood and category (for groups after a group photo). */
@Singleton
public class SuggestionHandler implements PayloadHandler<Payload.Suggestion> {

    private final Suggestions suggestions;

    public SuggestionHandler(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    @Override
    public List<Reply> handle(Turn turn, Payload.Suggestion payload) {
        return suggestions.suggest(turn, payload);
    }
}
