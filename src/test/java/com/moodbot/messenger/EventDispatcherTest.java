package com.moodbot.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.moodbot.channel.Channel;
import com.moodbot.conversation.InboundEvent;
import com.moodbot.conversation.PersonIds;
import com.moodbot.metrics.MoodbotMetrics;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventDispatcherTest {

    private final MessengerChannel channel = mock(MessengerChannel.class);
    private final ConcurrentLinkedQueue<String> answered = new ConcurrentLinkedQueue<>();
    private EventDispatcher dispatcher;

    private EventDispatcher dispatcher(SeenMessages seen, int workers, int capacity) {
        doAnswer(call -> answered.add(call.<InboundEvent>getArgument(0).id())).when(channel).answer(any(), any());
        dispatcher = new EventDispatcher(channel, seen, new DispatchConfig(workers, capacity), MoodbotMetrics.none(),
                new PersonIds(new byte[] {1}));
        return dispatcher;
    }

    @AfterEach
    void stop() throws InterruptedException {
        dispatcher.stop();
    }

    private static InboundEvent text(String person, String id) {
        return new InboundEvent.Text(Channel.MESSENGER, person, id, "hi");
    }

    @Test
    void anErrorInAWorkerLosesOnlyThatEventNotThePersonsNextOnesNorThePermits() throws InterruptedException {
        EventDispatcher d = dispatcher(new InMemorySeenMessages(), 2, 3);
        doAnswer(call -> {
            InboundEvent event = call.getArgument(0);
            if (event.id().equals("a1")) {
                throw new StackOverflowError("deep");
            }
            answered.add(event.id());
            return null;
        }).when(channel).answer(any(), any());
        assertTrue(d.submit(List.of(text("alice", "a1"), text("alice", "a2"), text("alice", "a3"))));
        assertTrue(d.awaitIdle(5, TimeUnit.SECONDS));
        assertEquals(List.of("a2", "a3"), List.copyOf(answered), "alice's later events still answered, in order");
        assertTrue(d.submit(List.of(text("bob", "b1"), text("bob", "b2"), text("bob", "b3"))),
                "every permit came back: the full capacity is free again");
        assertTrue(d.awaitIdle(5, TimeUnit.SECONDS));
    }

    @Test
    void anEventCutOffByAnAbandonedDrainIsNotAcknowledgedSoAStoredOneStaysForAnotherInstance() throws Exception {
        EventDispatcher d = dispatcher(new InMemorySeenMessages(), 2, 3);
        CountDownLatch answering = new CountDownLatch(1);
        doAnswer(call -> {
            answering.countDown();
            new CountDownLatch(1).await(); // a Send API call that never answers, until the interrupt
            return null;
        }).when(channel).answer(any(), any());
        Delivery stored = mock(Delivery.class);
        when(stored.event()).thenReturn(text("p", "m1"));
        when(stored.start()).thenReturn(Delivery.Start.ANSWER);
        assertTrue(d.submitDeliveries(List.of(stored)));
        assertTrue(answering.await(10, TimeUnit.SECONDS));
        assertEquals(1, d.pending());
        d.abandon();
        assertTrue(d.awaitIdle(10, TimeUnit.SECONDS), "its permit comes back");
        verify(stored, times(0)).finish();
    }

    @Test
    void aRedeliveredMessageIsAnsweredOnce() throws InterruptedException {
        EventDispatcher d = dispatcher(new InMemorySeenMessages(), 2, 10);
        assertTrue(d.submit(List.of(text("p", "m1"))));
        assertTrue(d.submit(List.of(text("p", "m1"), text("p", "m2"))));
        assertTrue(d.awaitIdle(5, TimeUnit.SECONDS));
        assertEquals(List.of("m1", "m2"), List.copyOf(answered));
    }

    @Test
    void onePersonInOrderOthersInParallel() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        EventDispatcher d = dispatcher(new InMemorySeenMessages(), 4, 10);
        doAnswer(call -> {
            InboundEvent event = call.getArgument(0);
            if (event.id().equals("a1")) {
                assertTrue(release.await(5, TimeUnit.SECONDS));
            }
            answered.add(event.id());
            return null;
        }).when(channel).answer(any(), any());
        d.submit(List.of(text("alice", "a1"), text("alice", "a2"), text("bob", "b1")));
        waitFor(() -> answered.contains("b1"));
        assertEquals(List.of("b1"), List.copyOf(answered), "bob is not held up by alice's slow answer");
        release.countDown();
        assertTrue(d.awaitIdle(5, TimeUnit.SECONDS));
        assertEquals(List.of("b1", "a1", "a2"), List.copyOf(answered));
    }

    @Test
    void aFullQueueRefusesAndTheRedeliveryIsAnswered() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        EventDispatcher d = dispatcher(new InMemorySeenMessages(), 1, 2);
        doAnswer(call -> {
            assertTrue(release.await(5, TimeUnit.SECONDS));
            answered.add(call.<InboundEvent>getArgument(0).id());
            return null;
        }).when(channel).answer(any(), any());
        assertTrue(d.submit(List.of(text("p1", "m1"), text("p2", "m2"))));
        assertFalse(d.submit(List.of(text("p3", "m3"))), "third event is over capacity");
        release.countDown();
        assertTrue(d.awaitIdle(5, TimeUnit.SECONDS));
        assertTrue(d.submit(List.of(text("p3", "m3"))), "Facebook's redelivery is accepted");
        assertTrue(d.awaitIdle(5, TimeUnit.SECONDS));
        assertEquals(List.of("m1", "m2", "m3"), List.copyOf(answered).stream().sorted().toList());
    }

    @Test
    void anUnreachableDedupeStoreStillAnswers() throws InterruptedException {
        SeenMessages broken = mock(SeenMessages.class);
        when(broken.firstTime(any())).thenThrow(new IllegalStateException("connection refused"));
        EventDispatcher d = dispatcher(broken, 1, 10);
        assertTrue(d.submit(List.of(text("p", "m1"))));
        assertTrue(d.awaitIdle(5, TimeUnit.SECONDS));
        verify(channel, times(1)).answer(any(), any());
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertTrue(condition.getAsBoolean());
    }
}
