package com.moodbot.conversation;

import com.moodbot.i18n.Language;
import java.util.Optional;

/**
 * The language each Messenger or Instagram person chose (from the menu or a button), under their keyed hash (apart
 * per channel), remembered like their history; and, while they have chosen none, the one they last wrote in
 * plainly, kept a shorter while.
 */
public interface LanguagePreferences {

    /** A person's chosen language, and the one they last wrote in while they had chosen none. */
    record Kept(Optional<Language> chosen, Optional<Language> heard) {
    }

    /** Both, in one read. */
    Kept kept(String person);

    /** Chooses {@code language}; the one written in goes. */
    void set(String person, Language language);

    /** Chooses {@code language} only when the person has chosen none. @return whether it was stored */
    boolean setIfNone(String person, Language language);

    /** Keeps the language the person last wrote in (30 days after the last message in it). */
    void hear(String person, Language language);

    /** Back to the default: the language written in goes. */
    void unhear(String person);

    /** Data deletion of both. @return whether either was stored */
    boolean erase(String person);
}
