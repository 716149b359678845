package com.moodbot.conversation;

import com.moodbot.i18n.Language;
import java.util.List;
import java.util.Optional;

/**
 * The language a reply was given in when the person has chosen none and it is not the default (their text was
 * plainly in it), carried in its quick replies' payloads ({@code MORE|sad|film~es}) rather than kept about them:
 * a tapped one is answered in it too, and so on down the buttons, until they choose a language. A photo is answered
 * in the default, its buttons unmarked.
 */
record AnsweredIn(String payload, Optional<Language> language) {

    private static final char MARK = '~';

    /** A tapped payload, its language mark (if any) set apart; a mark we did not write leaves the payload whole. */
    static AnsweredIn read(String payload) {
        int at = payload == null ? -1 : payload.lastIndexOf(MARK);
        Optional<Language> language = at < 0 ? Optional.empty() : Language.ofCode(payload.substring(at + 1));
        return language.isPresent() ? new AnsweredIn(payload.substring(0, at), language)
                : new AnsweredIn(payload, Optional.empty());
    }

    /** {@code replies}, {@code answered} in another language than {@code turn}'s, with every payload marked with it. */
    static List<Reply> mark(List<Reply> replies, Turn answered, Turn turn) {
        if (answered.language() == turn.language()) {
            return replies;
        }
        String mark = MARK + answered.language().code();
        return replies.stream().map(r -> r.withQuickReplies(r.quickReplies().stream()
                .map(q -> new Reply.QuickReply(q.title(), q.payload() + mark)).toList())).toList();
    }

    /** The turn answered in the marked language, unless the person has chosen one since. */
    Turn answer(Turn turn) {
        return turn.languageChosen() ? turn : language.map(turn::in).orElse(turn);
    }
}
