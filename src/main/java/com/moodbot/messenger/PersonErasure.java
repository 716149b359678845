package com.moodbot.messenger;

import com.moodbot.channel.Channel;
import com.moodbot.conversation.RecentChoices;
import com.moodbot.conversation.LanguagePreferences;
import com.moodbot.conversation.PersonIds;
import com.moodbot.recommend.ChannelHistories;
import jakarta.inject.Singleton;
import java.util.Collection;

/**
 * Erases what is kept about a person under each of their ids on one channel (Messenger's Page-scoped
 * ids, or Instagram-scoped ids: the same number on the other channel is someone else, and is left
 * alone): recommendation history, language (chosen or written in), the choices last offered (kind asked,
 * last card), and the events accepted and not yet answered with their ordering line (in Redis on every
 * instance with durable intake, else in this process).
 */
@Singleton
public class PersonErasure {

    private final ChannelHistories histories;
    private final LanguagePreferences languages;
    private final EventIntake intake;
    private final PersonIds personIds;
    private final RecentChoices recentChoices;

    public PersonErasure(ChannelHistories histories, LanguagePreferences languages, EventIntake intake,
                         PersonIds personIds, RecentChoices recentChoices) {
        this.histories = histories;
        this.languages = languages;
        this.intake = intake;
        this.personIds = personIds;
        this.recentChoices = recentChoices;
    }

    /** @throws RuntimeException when a store cannot answer (what came before it stays erased) */
    public ErasedData erase(Channel channel, Collection<String> ids) {
        ErasedData erased = ErasedData.NOTHING;
        for (String id : ids) {
            String person = personIds.hash(channel, id);
            EventIntake.ErasedEvents events = intake.erase(channel, id);
            recentChoices.erase(person); // a ten-minute cache of what was offered: erased, not counted
            erased = erased.plus(new ErasedData(histories.of(channel).erase(person), languages.erase(person) ? 1 : 0,
                    events.events(), events.orderingLines()));
        }
        return erased;
    }
}
