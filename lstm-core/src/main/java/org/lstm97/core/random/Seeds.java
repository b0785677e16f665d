package org.lstm97.core.random;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Derives every seed of a run from a base seed and names, so a trial's random draws depend on (base seed,
 * experiment, row, trial index) and nothing else: not on thread count, executor or order of execution.
 *
 * <p>Mixing uses SplitMix64's finaliser over the UTF-8 bytes of each name; streams are
 * {@link SplittableRandom}s, whose algorithm is specified by the JDK.
 */
public final class Seeds {
    private Seeds() {}

    /** A seed derived from {@code base} and {@code names}, in order. */
    public static long derive(long base, String... names) {
        long h = mix(base ^ 0x9E3779B97F4A7C15L);
        for (String name : names) {
            byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
            h = mix(h ^ bytes.length);
            for (byte b : bytes) {
                h = mix(h ^ (b & 0xFF));
            }
            h = mix(h + 0x632BE59BD9B4E019L);
        }
        return h;
    }

    /** A random stream for {@code seed}. */
    public static RandomGenerator stream(long seed) {
        return new SplittableRandom(seed);
    }

    /** A random stream derived from {@code base} and {@code names}. */
    public static RandomGenerator stream(long base, String... names) {
        return stream(derive(base, names));
    }

    /** SplitMix64's finaliser: a bijective 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
