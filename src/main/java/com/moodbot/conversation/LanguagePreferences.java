package com.moodbot.conversation;

import com.moodbot.i18n.Language;
import java.util.Optional;

/**
 * The language each Messenger or Instagram person chose from the menu, under their keyed hash (apart
 * per channel), remembered like their history.
 */
public interface LanguagePreferences {

    Optional<Language> get(String person);

    void set(String person, Language language);

    /** Stores {@code language} only when the person has none. @return whether it was stored */
    boolean setIfNone(String person, Language language);

    /** Data deletion. @return whether a choice was stored */
    boolean erase(String person);
}
