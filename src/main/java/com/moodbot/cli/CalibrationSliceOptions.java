package com.moodbot.cli;

import com.moodbot.data.CalibrationSlice;
import com.moodbot.data.PhotoLabels;
import java.util.List;
import picocli.CommandLine.Option;

/** Reads only the calibration slice that {@code train --calibration-share} held out of a labels list (a picocli mixin). */
public final class CalibrationSliceOptions {

    @Option(names = "--calibration-share", defaultValue = "0",
            description = "read only the calibration slice, the share of each --labels list that train held out of "
                    + "training (give train's --calibration-share and --calibration-seed; default ${DEFAULT-VALUE}: "
                    + "every photo)")
    double share;

    @Option(names = "--calibration-seed", defaultValue = "1", description = "seed of the calibration slice (default ${DEFAULT-VALUE})")
    long seed;

    /** The slice of {@code entries} when a share is given, else all of them. */
    List<PhotoLabels.Entry> select(List<PhotoLabels.Entry> entries) {
        return share > 0 ? CalibrationSlice.carve(entries, share, seed).slice() : entries;
    }
}
