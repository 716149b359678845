package com.moodbot.conversation;

import com.moodbot.recommend.Category;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the bot last offered a Messenger or Instagram person to choose from, under their keyed hash (apart per
 * channel), kept {@link #KEPT}: the kind they were asked a mood for ("Sure, a film! For which mood?"), read once, so
 * that the next card is of that kind; and the buttons of the last card, so that words typed instead of a tap
 * ("another one", "not my mood", "another song") are read as that tap.
 */
public interface RecentChoices {

    Duration KEPT = Duration.ofMinutes(10);

    void asked(String person, Category kind);

    /** The kind asked about within {@link #KEPT}, forgotten as it is read. */
    Optional<Category> takeAsked(String person);

    /** The payloads of the last card's buttons, in order. */
    void shown(String person, List<String> buttons);

    /** The last card's button payloads, shown within {@link #KEPT}; none when there was none. */
    List<String> shown(String person);

    /** Data deletion. @return how many of the two were kept */
    int erase(String person);
}
