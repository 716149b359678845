package com.moodbot.analysis;

import com.moodbot.emotion.ModelConfig;
import com.moodbot.emotion.ServedModel;
import com.moodbot.ops.WarmUpConfig;
import com.moodbot.ops.WarmUpTask;
import com.moodbot.vision.FaceFinder;
import jakarta.inject.Singleton;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Warms the photo path: decoding and detection on a drawn photo, then every predictor in the pool at
 * once (each has its own native state to initialise; an ensemble's members too), batch 1 as a selfie
 * is. Nothing is recorded.
 */
@Singleton
public class PipelineWarmUp implements WarmUpTask {

    private static final int PHOTOS = 4;
    private static final int FACES_PER_PREDICTOR = 12;
    private final FaceFinder finder;
    private final ServedModel classifier;
    private final ModelConfig model;

    public PipelineWarmUp(FaceFinder finder, ServedModel classifier, ModelConfig model) {
        this.finder = finder;
        this.classifier = classifier;
        this.model = model;
    }

    @Override
    public String run(URI server, WarmUpConfig config, long deadline) throws Exception {
        byte[] photo = drawnPhoto();
        for (int i = 0; i < PHOTOS; i++) {
            finder.find(photo);
        }
        int predictors = model.predictorCount();
        WarmUpTask.inParallel(predictors, () -> {
            byte[] face = gradientFace();
            for (int i = 0; i < FACES_PER_PREDICTOR && System.nanoTime() < deadline; i++) {
                classifier.probabilities(List.of(face), model.views());
            }
        });
        return PHOTOS + " photos decoded and searched, " + predictors + " predictors run";
    }

    /** A 640x480 JPEG with a face-like drawing: real decoder and detector work, no person in it. */
    static byte[] drawnPhoto() throws IOException {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x9DB4C8));
        g.fillRect(0, 0, 640, 480);
        g.setColor(new Color(0xE0B89A));
        g.fillOval(240, 120, 160, 210);
        g.setColor(new Color(0x3A2A20));
        g.fillOval(280, 190, 24, 14);
        g.fillOval(336, 190, 24, 14);
        g.drawArc(285, 250, 70, 35, 200, 140);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private static byte[] gradientFace() {
        byte[] face = new byte[48 * 48];
        for (int i = 0; i < face.length; i++) {
            face[i] = (byte) ((i % 48) * 5 + (i / 48) * 2);
        }
        return face;
    }
}
