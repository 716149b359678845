package com.moodbot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.moodbot.analysis.FacePrediction;
import com.moodbot.analysis.GroupMood;
import com.moodbot.emotion.Emotion;
import com.moodbot.i18n.Language;
import com.moodbot.i18n.Localized;
import com.moodbot.vision.FaceBox;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GroupLineTest {

    private static FacePrediction face(Emotion mood, float confidence) {
        return new FacePrediction(new FaceBox(0, 0, 50, 50, 1, Optional.empty()), mood, confidence, new float[Emotion.COUNT]);
    }

    @Test
    void saysHowManyFacesShowEachMoodAndTheGroupsMoodInEnglishAndSpanish() {
        Localized line = GroupLine.of(GroupMood.of(List.of(face(Emotion.HAPPY, 0.8f), face(Emotion.SURPRISE, 0.9f),
                face(Emotion.HAPPY, 0.7f))).orElseThrow());
        assertEquals("3 faces: 2 happy, 1 surprised. For the group: happy.", line.in(Language.EN));
        assertEquals("3 caras: 2 con alegría, 1 con sorpresa. Para el grupo: alegría.", line.in(Language.ES));
    }

    @Test
    void aTieGoesToTheMoodReadMoreSurelyAndTheLineSaysSo() {
        Localized line = GroupLine.of(GroupMood.of(List.of(face(Emotion.HAPPY, 0.6f), face(Emotion.SURPRISE, 0.9f),
                face(Emotion.NEUTRAL, 0.5f))).orElseThrow());
        assertEquals("3 faces: 1 surprised, 1 happy, 1 calm. For the group: surprised (a tie, so I picked the one I'm surest of).",
                line.in(Language.EN));
        assertEquals("3 caras: 1 con sorpresa, 1 con alegría, 1 con calma. Para el grupo: sorpresa (hay empate, así "
                + "que he elegido el estado de ánimo que veo más claro).", line.in(Language.ES));
        Localized angry = GroupLine.of(GroupMood.of(List.of(face(Emotion.ANGRY, 0.9f), face(Emotion.FEAR, 0.6f)))
                .orElseThrow());
        assertEquals("2 caras: 1 con enfado, 1 con miedo. Para el grupo: enfado (hay empate, así que he elegido el "
                + "estado de ánimo que veo más claro).",
                angry.in(Language.ES));
    }

    @Test
    void oneMoodForEveryone() {
        Localized line = GroupLine.of(GroupMood.of(List.of(face(Emotion.NEUTRAL, 0.8f), face(Emotion.NEUTRAL, 0.6f)))
                .orElseThrow());
        assertEquals("2 faces: 2 calm. For the group: calm.", line.in(Language.EN));
        assertEquals("2 caras: 2 con calma. Para el grupo: calma.", line.in(Language.ES));
    }
}
