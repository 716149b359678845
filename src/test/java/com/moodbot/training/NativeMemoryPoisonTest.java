package com.moodbot.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.moodbot.support.Required;
import org.junit.jupiter.api.Test;

/**
 * The guard behind the training tests: in the test JVM, memory PyTorch hands out without writing it
 * ({@code NDManager.create(Shape)}, {@code torch.empty}) reads as 0x7f bytes at every size. Without
 * glibc's MALLOC_PERTURB_, a large block comes straight from the kernel as zeros, so code that reads
 * it unwritten passes until the allocator happens to reuse memory.
 */
class NativeMemoryPoisonTest {

    private static final int POISON = 0x7f7f7f7f;

    @Test
    void unwrittenTensorsReadAsPoisonWhateverTheirSize() {
        Required.environment(Required.POISON, "MALLOC_PERTURB_", "(pom.xml sets it for the unit tests)");
        try (NDManager manager = NDManager.newBaseManager()) {
            for (long floats : new long[] {256, 1 << 16, 1 << 22}) {
                float[] values = manager.create(new Shape(floats)).toFloatArray();
                int poisoned = 0;
                for (float v : values) {
                    poisoned += Float.floatToRawIntBits(v) == POISON ? 1 : 0;
                }
                assertEquals(values.length, poisoned, "torch.empty of " + floats + " floats");
            }
        }
    }
}
