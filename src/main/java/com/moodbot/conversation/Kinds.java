package com.moodbot.conversation;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Handlers indexed by the concrete kinds (records) under a sealed type, each handler by the type argument
 * it implements its handler interface with; a kind with none or two fails at startup.
 */
final class Kinds {

    private Kinds() {
    }

    static <H> Map<Class<?>, H> index(Class<?> sealed, Class<?> handlerType, List<H> handlers, String what) {
        Map<Class<?>, H> map = new HashMap<>();
        for (H h : handlers) {
            for (Class<?> type : leaves(handled(h, handlerType))) {
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

    /** {@code X} for a handler declared {@code implements EventHandler<X>} (by it or a superclass). */
    private static Class<?> handled(Object handler, Class<?> handlerType) {
        for (Class<?> c = handler.getClass(); c != null; c = c.getSuperclass()) {
            for (Type implemented : c.getGenericInterfaces()) {
                if (implemented instanceof ParameterizedType p && p.getRawType() == handlerType
                        && p.getActualTypeArguments()[0] instanceof Class<?> kind) {
                    return kind;
                }
            }
        }
        throw new IllegalStateException(handler.getClass().getName() + " does not name the kind of "
                + handlerType.getSimpleName() + " it handles");
    }

    /** The records under {@code type}: itself when it is not sealed. */
    private static List<Class<?>> leaves(Class<?> type) {
        if (!type.isSealed()) {
            return List.of(type);
        }
        List<Class<?>> leaves = new ArrayList<>();
        for (Class<?> sub : type.getPermittedSubclasses()) {
            leaves.addAll(leaves(sub));
        }
        return leaves;
    }
}
