package com.moodbot.conversation;

import com.moodbot.recommend.Category;
import java.time.Duration;
import java.util.Optional;

/**
 * The kind of suggestion a Messenger or Instagram person was just asked a mood for ("Sure, a film! For which
 * mood?"), under their keyed hash (apart per channel), so that the next card they get is of that kind: for a mood
 * they type, or the selfie the question invites. Kept {@link #KEPT} and read once.
 */
public interface AskedKinds {

    Duration KEPT = Duration.ofMinutes(10);

    void asked(String person, Category kind);

    /** The kind asked about within {@link #KEPT}, forgotten as it is read. */
    Optional<Category> take(String person);

    /** Data deletion. @return whether one was kept */
    boolean erase(String person);
}
