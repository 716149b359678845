package com.moodbot.conversation;

import java.util.ArrayList;
import java.util.List;

/** The concrete kinds (records) under a sealed type, so that a missing handler fails at startup. */
final class Kinds {

    private Kinds() {
    }

    static List<Class<?>> of(Class<?> sealed) {
        List<Class<?>> leaves = new ArrayList<>();
        for (Class<?> sub : sealed.getPermittedSubclasses()) {
            if (sub.isSealed()) {
                leaves.addAll(of(sub));
            } else {
                leaves.add(sub);
            }
        }
        return leaves;
    }
}
