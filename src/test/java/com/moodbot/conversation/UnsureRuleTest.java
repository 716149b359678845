package com.moodbot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.moodbot.emotion.Emotion;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnsureRuleTest {

    private static final ConversationConfig RULE = ConversationConfig.DEFAULTS;

    //                                             angry disgust fear  happy sad   surprise neutral
    private static float[] p(float... p) {
        return p;
    }

    @Test
    void theDefaultsAskBelowHalfOrWhenTheTopTwoAreUnderTenPointsApart() {
        assertEquals(0.5, RULE.unsureBelow());
        assertEquals(0.10, RULE.askMargin());
        assertFalse(UnsureRule.shouldAsk(p(0, 0, 0, 0.80f, 0.10f, 0.10f, 0), RULE));
        assertTrue(UnsureRule.shouldAsk(p(0.09f, 0.09f, 0.09f, 0.49f, 0.08f, 0.08f, 0.08f), RULE), "below 0.5");
        assertTrue(UnsureRule.shouldAsk(p(0, 0, 0, 0.54f, 0.45f, 0.01f, 0), RULE), "0.09 apart");
        assertFalse(UnsureRule.shouldAsk(p(0, 0, 0, 0.56f, 0.44f, 0, 0), RULE), "0.12 apart, over 0.5");
    }

    @Test
    void offersTheTopTwoAndAThirdOnlyWhenItIsCloseToTheSecond() {
        assertEquals(List.of(Emotion.HAPPY, Emotion.SURPRISE),
                UnsureRule.likely(p(0.02f, 0.01f, 0.05f, 0.44f, 0.03f, 0.38f, 0.07f), RULE));
        assertEquals(List.of(Emotion.SAD, Emotion.NEUTRAL, Emotion.FEAR),
                UnsureRule.likely(p(0.01f, 0.01f, 0.22f, 0.02f, 0.41f, 0.03f, 0.30f), RULE));
        assertEquals(List.of(Emotion.ANGRY, Emotion.DISGUST, Emotion.FEAR),
                UnsureRule.likely(new float[Emotion.COUNT], RULE), "ties go to the lower label");
    }

    @Test
    void theThresholdsComeFromTheConfiguration() {
        float[] close = p(0, 0, 0, 0.60f, 0.35f, 0.05f, 0);
        assertFalse(UnsureRule.shouldAsk(close, RULE));
        assertTrue(UnsureRule.shouldAsk(close, new ConversationConfig(0.5, 0.30)));
        assertTrue(UnsureRule.shouldAsk(close, new ConversationConfig(0.7, 0.10)));
        assertFalse(UnsureRule.shouldAsk(p(0.3f, 0.2f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f), new ConversationConfig(0, 0)),
                "zero and zero: never asks");
        assertEquals(2, UnsureRule.likely(p(0.3f, 0.2f, 0.2f, 0.1f, 0.1f, 0.05f, 0.05f), new ConversationConfig(0, 0)).size());
    }

    @Test
    void refusesAVectorThatIsNotSevenMoods() {
        assertThrows(IllegalArgumentException.class, () -> UnsureRule.shouldAsk(new float[3], RULE));
    }
}
