package com.moodbot.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SGD with momentum, the same update as DJL's {@code Sgd} (its native kernel), whose momentum
 * buffers can be saved beside a checkpoint and loaded on resume, so a resumed run continues with the
 * velocity it had instead of restarting from zero. Buffers are stored by parameter name, which is
 * stable across runs (parameter ids are not). Single device.
 */
public final class CheckpointedSgd extends Optimizer {

    private final Tracker learningRate;
    private final float momentum;
    private final Map<String, NDArray> velocity = new ConcurrentHashMap<>();

    private CheckpointedSgd(Builder builder) {
        super(builder);
        this.learningRate = builder.learningRate;
        this.momentum = builder.momentum;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void update(String parameterId, NDArray weight, NDArray grad) {
        float lr = learningRate.getNewValue(updateCount(parameterId));
        NDArray state = velocity.computeIfAbsent(parameterId, k -> weight.zerosLike());
        weight.getNDArrayInternal().sgdUpdate(new NDList(weight, grad, state), new NDList(weight), lr,
                getWeightDecay(), rescaleGrad, clipGrad, momentum, true);
    }

    /** Writes the momentum buffers of {@code block}'s parameters, by name, atomically. */
    public void save(Block block, Path file) throws IOException {
        NDList list = new NDList();
        for (Pair<String, Parameter> p : block.getParameters()) {
            NDArray v = velocity.get(p.getValue().getId());
            if (v != null) {
                v.setName(p.getKey());
                list.add(v);
            }
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
            list.encode(out);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Loads buffers written by {@link #save}; returns how many parameters got their velocity back. */
    public int load(Block block, NDManager manager, Path file) throws IOException {
        NDList list;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            list = NDList.decode(manager, in);
        }
        Map<String, NDArray> byName = new HashMap<>();
        list.forEach(a -> byName.put(a.getName(), a));
        int restored = 0;
        for (Pair<String, Parameter> p : block.getParameters()) {
            NDArray v = byName.get(p.getKey());
            if (v != null) {
                if (!v.getShape().equals(p.getValue().getArray().getShape())) {
                    throw new IOException(file + ": momentum for " + p.getKey() + " has shape " + v.getShape()
                            + ", the network has " + p.getValue().getArray().getShape());
                }
                velocity.put(p.getValue().getId(), v);
                restored++;
            }
        }
        return restored;
    }

    public static final class Builder extends OptimizerBuilder<Builder> {

        private Tracker learningRate;
        private float momentum;

        public Builder learningRate(Tracker tracker) {
            this.learningRate = tracker;
            return this;
        }

        public Builder momentum(float value) {
            this.momentum = value;
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        public CheckpointedSgd build() {
            if (learningRate == null || momentum <= 0f) {
                throw new IllegalStateException("a learning-rate tracker and a positive momentum are required");
            }
            return new CheckpointedSgd(this);
        }
    }
}
