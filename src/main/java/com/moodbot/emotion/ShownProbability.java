package com.moodbot.emotion;

/**
 * A probability as people and the web API see it: four decimals in the API, and a whole percent rounded half up
 * from those four decimals in the replies. The web page writes the API's four decimals as a percent, so the
 * reply's "71% sure" and the page's "71 %" agree even where the raw value (0.70499) would round the other way.
 */
public final class ShownProbability {

    private ShownProbability() {
    }

    /** {@code p} to four decimals: 0.70499 is 0.705. */
    public static float fourDecimals(float p) {
        return tenThousandths(p) / 10000f;
    }

    /** {@code p} as a whole percent, from its four decimals: 0.70499 is 71. */
    public static int percent(float p) {
        return (tenThousandths(p) + 50) / 100;
    }

    private static int tenThousandths(float p) {
        return Math.round(p * 10000f);
    }
}
