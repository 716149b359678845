package com.moodbot.conversation;

import com.moodbot.i18n.Language;
import java.util.Optional;

/**
 * The language each Messenger or Instagram person chose (from the menu or a button), under their keyed hash (apart
 * per channel), remembered like their history; and, while they have chosen none, the one they last wrote in
 * plainly, kept a shorter while.
 */
public interface LanguagePreferences {

    Optional<Language> get(String person);

    void set(String person, Language language);

    /** Stores {@code language} only when the person has none. @return whether it was stored */
    boolean setIfNone(String person, Language language);

    /** The language the person last wrote in plainly, whether or not they have chosen one. */
    Optional<Language> heard(String person);

    void hear(String person, Language language);

    /** Data deletion of both. @return whether either was stored */
    boolean erase(String person);
}
