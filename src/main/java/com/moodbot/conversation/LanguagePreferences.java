package com.moodbot.conversation;

import com.moodbot.i18n.Language;
import java.util.Optional;

/** The language each Messenger person chose from the menu, remembered like their history. */
public interface LanguagePreferences {

    Optional<Language> get(String person);

    void set(String person, Language language);

    /** Data deletion. */
    void erase(String person);
}
