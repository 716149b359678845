package com.moodbot.conversation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Handlers indexed by the concrete kinds (records) under a sealed type; a kind with none or two fails at startup. */
final class Kinds {

    private Kinds() {
    }

    static <H> Map<Class<?>, H> index(Class<?> sealed, List<H> handlers, Function<H, List<? extends Class<?>>> types,
                                      String what) {
        Map<Class<?>, H> map = new HashMap<>();
        for (H h : handlers) {
            for (Class<?> type : types.apply(h)) {
                if (map.put(type, h) != null) {
                    throw new IllegalStateException("two handlers for " + what + type.getSimpleName());
                }
            }
        }
        for (Class<?> kind : leaves(sealed)) {
            if (!map.containsKey(kind)) {
                throw new IllegalStateException("no handler for " + what + kind.getSimpleName());
            }
        }
        return map;
    }

    private static List<Class<?>> leaves(Class<?> sealed) {
        List<Class<?>> leaves = new ArrayList<>();
        for (Class<?> sub : sealed.getPermittedSubclasses()) {
            if (sub.isSealed()) {
                leaves.addAll(leaves(sub));
            } else {
                leaves.add(sub);
            }
        }
        return leaves;
    }
}
