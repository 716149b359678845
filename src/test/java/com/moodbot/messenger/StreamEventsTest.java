package com.moodbot.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.moodbot.channel.Channel;
import com.moodbot.conversation.InboundEvent;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamEventsTest {

    @Test
    void aMessengerEntryReadsAsWrittenBeforeEventsHadAChannel() {
        InboundEvent text = new InboundEvent.Text(Channel.MESSENGER, "psid", "m1", "hi");
        Map<String, String> fields = StreamEvents.fields(text);
        assertFalse(fields.containsKey(StreamEvents.CHANNEL), "the same fields as entries already in the stream");
        assertEquals(text, StreamEvents.event(fields));
    }

    @Test
    void anInstagramEntryKeepsItsChannelAndAnEmptyChannelIsMessenger() {
        InboundEvent photo = new InboundEvent.Photo(Channel.INSTAGRAM, "igsid", "m3", java.util.List.of("https://a.cdninstagram.com/p.jpg"));
        assertEquals(photo, StreamEvents.event(StreamEvents.fields(photo)));
        Map<String, String> fields = new java.util.HashMap<>(StreamEvents.fields(new InboundEvent.Text(Channel.MESSENGER, "p", "m4", "hi")));
        fields.put(StreamEvents.CHANNEL, "");
        assertEquals(Channel.MESSENGER, StreamEvents.event(fields).channel());
    }

    @Test
    void anotherChannelIsKept() {
        InboundEvent choice = new InboundEvent.Choice(Channel.WEB, "tab", "m2", "MORE|sad|film");
        assertEquals(choice, StreamEvents.event(StreamEvents.fields(choice)));
    }
}
