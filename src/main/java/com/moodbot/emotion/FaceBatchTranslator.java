package com.moodbot.emotion;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

/**
 * Faces in, one probability vector per face out: softmax of the logits as the model's
 * {@link Calibration} says; several views average the softmax over the views.
 */
final class FaceBatchTranslator implements NoBatchifyTranslator<FaceBatch, float[][]> {

    private final int inputSize;
    private final float temperature;
    private final float[] offsets;

    FaceBatchTranslator(int inputSize, Calibration calibration) {
        this.inputSize = inputSize;
        this.temperature = (float) calibration.temperature();
        this.offsets = calibration.hasOffsets() ? toFloat(calibration.offsets()) : null;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, FaceBatch batch) {
        int crops = batch.views().count();
        int area = inputSize * inputSize;
        float[] data = new float[batch.faces().size() * crops * area];
        int offset = 0;
        for (byte[] face : batch.faces()) {
            float[] grey = toFloat(face);
            for (float[] view : batch.views().of(grey, inputSize)) {
                FaceTensor.normalise(view, data, offset);
                offset += area;
            }
        }
        ctx.setAttachment("crops", crops);
        return new NDList(ctx.getNDManager().create(data, new Shape(data.length / area, 1, inputSize, inputSize)));
    }

    @Override
    public float[][] processOutput(TranslatorContext ctx, NDList list) {
        int crops = (Integer) ctx.getAttachment("crops");
        NDArray logits = list.singletonOrThrow();
        NDArray scaled = temperature == 1f ? logits : logits.div(temperature);
        NDArray probs = (offsets == null ? scaled : scaled.add(ctx.getNDManager().create(offsets))).softmax(1);
        int faces = (int) probs.getShape().get(0) / crops;
        float[] flat = probs.reshape(faces, crops, Emotion.COUNT).mean(new int[] {1}).toFloatArray();
        float[][] out = new float[faces][Emotion.COUNT];
        for (int i = 0; i < faces; i++) {
            System.arraycopy(flat, i * Emotion.COUNT, out[i], 0, Emotion.COUNT);
        }
        return out;
    }

    private static float[] toFloat(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }

    static float[] toFloat(byte[] face) {
        float[] grey = new float[face.length];
        for (int i = 0; i < face.length; i++) {
            grey[i] = face[i] & 0xFF;
        }
        return grey;
    }
}
