package com.moodbot.messenger;

import com.moodbot.channel.Channel;
import com.moodbot.conversation.InboundEvent;
import com.moodbot.conversation.PersonIds;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * The Redis side of durable intake, each step one atomic script: append a webhook's events to the
 * stream (and to each person's line), start one (the person's earliest unanswered, not answered
 * before, not given up, not erased), record its sends, acknowledge it, and erase a person's pending
 * entries and line (data deletion), and let consumers with nothing pending leave the group. Keys: the
 * stream, {@code moodbot:order:PERSON} (entry ids in arrival order, person ids keyed hashes), {@code
 * moodbot:mid:MESSAGE} (the entry answering that message id, {@link SeenMessages#key}, shared
 * with the dedupe's keys) and {@code moodbot:entry:ID} (attempts, and how far the answer got:
 * {@link SentSoFar}). One Redis, not a cluster.
 */
@Singleton
@Requires(property = "redis.uri")
public class StreamLedger {

    /** Every entry's fields; {@code c}, the channel, only when it is not Messenger (as entries were before it). */
    static final String[] FIELDS = {"p", "m", "k", "v", "u", "c"};
    private static final long TTL_SECONDS = 2 * 24 * 3600;
    private static final String APPEND = """
            local n = tonumber(ARGV[3])
            if redis.call('XLEN', KEYS[1]) + n > tonumber(ARGV[1]) then return -1 end
            local a = 4
            for i = 1, n do
              local id
              if ARGV[a+5] == '' then
                id = redis.call('XADD', KEYS[1], '*', 'p', ARGV[a], 'm', ARGV[a+1], 'k', ARGV[a+2],
                                'v', ARGV[a+3], 'u', ARGV[a+4])
              else
                id = redis.call('XADD', KEYS[1], '*', 'p', ARGV[a], 'm', ARGV[a+1], 'k', ARGV[a+2],
                                'v', ARGV[a+3], 'u', ARGV[a+4], 'c', ARGV[a+5])
              end
              redis.call('RPUSH', KEYS[i+1], id)
              redis.call('EXPIRE', KEYS[i+1], ARGV[2])
              a = a + 6
            end
            return n""";
    private static final String START = """
            if redis.call('HEXISTS', KEYS[3], 'erased') == 1 then return {'erased', 0} end
            if ARGV[4] == '0' then
              local head = redis.call('LINDEX', KEYS[1], 0)
              if head and head ~= ARGV[1] then return {'later', 0} end
            end
            if not redis.call('SET', KEYS[2], ARGV[1], 'NX', 'EX', ARGV[2]) then
              if redis.call('GET', KEYS[2]) ~= ARGV[1] then return {'redelivered', 0} end
            end
            local tries = redis.call('HINCRBY', KEYS[3], 'tries', 1)
            redis.call('EXPIRE', KEYS[3], ARGV[2])
            if tries > tonumber(ARGV[3]) then return {'give_up', 0} end
            local sent = redis.call('HMGET', KEYS[3], 'sent', 'parts', 'at-part')
            return {'answer', tonumber(sent[1] or '0'), tonumber(sent[2] or '0'), tonumber(sent[3] or '0')}""";
    private static final String FINISH = """
            redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
            redis.call('XDEL', KEYS[1], ARGV[2])
            redis.call('LREM', KEYS[2], 1, ARGV[2])
            redis.call('DEL', KEYS[3])
            return 1""";
    /** An entry some instance has read already is marked erased, so that its start drops it. */
    private static final String ERASE = """
            local erased = 0
            for _, id in ipairs(redis.call('LRANGE', KEYS[2], 0, -1)) do
              redis.pcall('XACK', KEYS[1], ARGV[1], id)
              erased = erased + redis.call('XDEL', KEYS[1], id)
              local entry = ARGV[3] .. id
              redis.call('HSET', entry, 'erased', '1')
              redis.call('EXPIRE', entry, ARGV[2])
            end
            return {erased, redis.call('DEL', KEYS[2])}""";

    /**
     * Consumers with nothing pending leave the group: the one named (a clean stop) and any idle for longer than
     * given (an instance that died, its entries taken over). One still running is made again by its next read.
     */
    private static final String LEAVE = """
            local left = 0
            for _, c in ipairs(redis.call('XINFO', 'CONSUMERS', KEYS[1], ARGV[1])) do
              local f = {}
              for i = 1, #c, 2 do f[c[i]] = c[i + 1] end
              if f['pending'] == 0 and (f['name'] == ARGV[2] or f['idle'] >= tonumber(ARGV[3])) then
                redis.call('XGROUP', 'DELCONSUMER', KEYS[1], ARGV[1], f['name'])
                left = left + 1
              end
            end
            return left""";

    private final StatefulRedisConnection<String, String> redis;
    private final IntakeConfig config;
    private final PersonIds personIds;

    public StreamLedger(StatefulRedisConnection<String, String> redis, IntakeConfig config, PersonIds personIds) {
        this.redis = redis;
        this.config = config;
        this.personIds = personIds;
    }

    record Started(Delivery.Start start, SentSoFar sent) {
    }

    /** Completes with the number of events stored, or -1 when the backlog is full and nothing was. */
    CompletionStage<Long> append(List<InboundEvent> events) {
        List<String> keys = new ArrayList<>();
        List<String> args = new ArrayList<>(List.of(Integer.toString(config.maxBacklog()),
                Long.toString(TTL_SECONDS), Integer.toString(events.size())));
        keys.add(config.stream());
        for (InboundEvent event : events) {
            keys.add(orderKey(event));
            Map<String, String> fields = StreamEvents.fields(event);
            for (String field : FIELDS) {
                args.add(fields.getOrDefault(field, ""));
            }
        }
        return redis.async().<Long>eval(APPEND, ScriptOutputType.INTEGER, keys.toArray(String[]::new),
                args.toArray(String[]::new));
    }

    Started start(String entryId, InboundEvent event, boolean ignoreOrder) {
        List<Object> r = redis.sync().eval(START, ScriptOutputType.MULTI,
                new String[] {orderKey(event), midKey(SeenMessages.key(event)), entryKey(entryId)},
                entryId, Long.toString(TTL_SECONDS), Integer.toString(config.maxAttempts()), ignoreOrder ? "1" : "0");
        Delivery.Start start = switch ((String) r.get(0)) {
            case "answer" -> Delivery.Start.ANSWER;
            case "later" -> Delivery.Start.NOT_YET;
            case "redelivered" -> Delivery.Start.REDELIVERED;
            case "erased" -> Delivery.Start.ERASED;
            default -> Delivery.Start.GIVE_UP;
        };
        SentSoFar sent = r.size() < 4 ? SentSoFar.NOTHING : new SentSoFar(((Long) r.get(1)).intValue(),
                ((Long) r.get(2)).intValue(), ((Long) r.get(3)).intValue());
        return new Started(start, sent);
    }

    void sent(String entryId, SentSoFar progress) {
        redis.sync().hset(entryKey(entryId), Map.of("sent", Integer.toString(progress.requests()),
                "parts", Integer.toString(progress.parts()), "at-part", Integer.toString(progress.requestsAtPart())));
    }

    void finish(String entryId, InboundEvent event) {
        redis.sync().eval(FINISH, ScriptOutputType.INTEGER,
                new String[] {config.stream(), orderKey(event), entryKey(entryId)}, config.group(), entryId);
    }

    /** Data deletion: the person's stored, unacknowledged entries and their line, on every instance. */
    EventIntake.ErasedEvents erase(Channel channel, String person) {
        List<Long> r = redis.sync().eval(ERASE, ScriptOutputType.MULTI,
                new String[] {config.stream(), orderKey(channel, person)}, config.group(),
                Long.toString(TTL_SECONDS), entryKey(""));
        return new EventIntake.ErasedEvents(r.get(0).intValue(), r.get(1).intValue());
    }

    /** Acknowledges an entry this code cannot read (not written by it). */
    void discard(String entryId) {
        redis.sync().xack(config.stream(), config.group(), entryId);
        redis.sync().xdel(config.stream(), entryId);
    }

    /** Removes {@code consumer} if it has nothing pending, and every consumer idle past {@code idle} with nothing. */
    long leave(String consumer, Duration idle) {
        return redis.sync().eval(LEAVE, ScriptOutputType.INTEGER, new String[] {config.stream()}, config.group(),
                consumer, Long.toString(idle.toMillis()));
    }

    /** Events stored and not yet acknowledged, on every instance. */
    long backlog() {
        return redis.sync().xlen(config.stream());
    }

    private String orderKey(InboundEvent event) {
        return orderKey(event.channel(), event.person());
    }

    private String orderKey(Channel channel, String person) {
        return "moodbot:order:" + personIds.hash(channel, person);
    }

    static String midKey(String messageId) {
        return "moodbot:mid:" + messageId;
    }

    private static String entryKey(String entryId) {
        return "moodbot:entry:" + entryId;
    }
}
