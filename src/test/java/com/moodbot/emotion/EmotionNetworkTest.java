package com.moodbot.emotion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv2d;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmotionNetworkTest {

    @ParameterizedTest
    @ValueSource(ints = {44, 48})
    void vgg19HasSixteenConvLayersAndSevenOutputs(int side) {
        Block net = EmotionNetwork.vgg19bn(new NetworkSpec(0.25f, side, 0f));
        long convs = net.getChildren().values().stream().filter(Conv2d.class::isInstance).count();
        assertEquals(16, convs);
        assertEquals(16, EmotionNetwork.convLayers());
        try (NDManager m = NDManager.newBaseManager()) {
            net.initialize(m, DataType.FLOAT32, new Shape(2, 1, side, side));
            Shape out = net.getOutputShapes(new Shape[] {new Shape(2, 1, side, side)})[0];
            assertEquals(new Shape(2, Emotion.COUNT), out);
        }
    }

    @Test
    void tenCropsAreCornersCentreAndMirrors() {
        float[] face = new float[48 * 48];
        for (int i = 0; i < face.length; i++) {
            face[i] = i;
        }
        float[][] crops = FaceTensor.tenCrop(face, 44);
        assertEquals(10, crops.length);
        assertEquals(0f, crops[0][0]);
        assertEquals(43f, crops[1][0]);
        assertEquals(4f, crops[2][0]);
        assertEquals(2 * 48 + 2 + 43, crops[9][0], 0f);
        assertEquals(2 * 48 + 2, crops[8][0], 0f);
        assertArrayEquals(FaceTensor.centre(face, 44), crops[8]);
    }
    @Test
    void mirrorViewsAreTheCentreCropAndItsMirrorImage() {
        float[] face = new float[48 * 48];
        for (int i = 0; i < face.length; i++) {
            face[i] = i;
        }
        float[][] views = TestTimeViews.MIRROR.of(face, 44);
        assertEquals(2, views.length);
        assertArrayEquals(FaceTensor.centre(face, 44), views[0]);
        assertEquals(2 * 48 + 2 + 43, views[1][0], 0f);
        assertEquals(2 * 48 + 2, views[1][43], 0f);
        assertEquals(1, TestTimeViews.CENTRE.of(face, 44).length);
    }

    @Test
    void viewsParseTheirLabelsAndRejectAnythingElse() {
        assertEquals(TestTimeViews.TEN_CROP, TestTimeViews.parse("ten-crop"));
        assertEquals(TestTimeViews.MIRROR, TestTimeViews.parse(" MIRROR "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TestTimeViews.parse("flip"));
        assertTrue(e.getMessage().contains("centre, mirror, ten-crop"), e.getMessage());
    }
}
