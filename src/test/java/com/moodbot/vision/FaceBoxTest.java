package com.moodbot.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FaceBoxTest {

    @Test
    void aFaceFoundPartlyOutsideThePhotoIsShownWithinIt() {
        FaceBox atTheEdges = new FaceBox(-3.4, 4.2, 50, 131.6, 0.9, Optional.empty());
        assertEquals(new FaceBox.Pixels(0, 4, 47, 124), atTheEdges.within(128, 128));
        FaceBox inside = new FaceBox(10.5, 20.4, 30, 40, 0.9, Optional.empty());
        assertEquals(new FaceBox.Pixels(11, 20, 30, 40), inside.within(128, 128), "whole pixels, edges rounded");
    }
}
