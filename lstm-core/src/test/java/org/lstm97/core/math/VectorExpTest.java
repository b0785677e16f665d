package org.lstm97.core.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import jdk.incubator.vector.DoubleVector;
import org.junit.jupiter.api.Test;

/** The vector twin gives {@link Exp}'s bits in every lane, wherever in the vector an argument sits. */
class VectorExpTest {
    private static final int LANES = VectorExp.SPECIES.length();

    @Test
    void everyLaneEqualsTheScalarFunctionBitForBit() {
        SplittableRandom random = new SplittableRandom(42);
        double[] x = new double[LANES];
        double[] exp = new double[LANES];
        double[] logistic = new double[LANES];
        double[] special = {
            0.0,
            -0.0,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE,
            Double.MAX_VALUE,
            -Double.MAX_VALUE,
            709.7827128933841,
            -745.1332191019411,
            -708.4,
            710.0,
            -746.0
        };
        for (int i = 0; i < 1_000_000; i++) {
            for (int k = 0; k < LANES; k++) {
                x[k] = switch (random.nextInt(8)) {
                    case 0 -> Double.longBitsToDouble(random.nextLong());
                    case 1 -> special[random.nextInt(special.length)];
                    case 2 -> -760 + random.nextDouble() * 1480;
                    default -> -40 + random.nextDouble() * 80;
                };
            }
            VectorExp.exp(DoubleVector.fromArray(VectorExp.SPECIES, x, 0)).intoArray(exp, 0);
            VectorExp.logistic(DoubleVector.fromArray(VectorExp.SPECIES, x, 0)).intoArray(logistic, 0);
            for (int k = 0; k < LANES; k++) {
                assertThat(bits(exp[k])).as("exp(%s)", x[k]).isEqualTo(bits(Exp.exp(x[k])));
                assertThat(bits(logistic[k])).as("logistic(%s)", x[k]).isEqualTo(bits(Exp.logistic(x[k])));
            }
        }
    }

    @Test
    void theArrayFormWritesEveryRequestedValue() {
        double[] src = new double[4 * LANES];
        for (int i = 0; i < src.length; i++) {
            src[i] = -10 + 0.37 * i;
        }
        double[] dst = new double[src.length];
        VectorExp.logistic(src, LANES, dst, LANES, 2 * LANES);
        for (int i = 0; i < src.length; i++) {
            double expected = i >= LANES && i < 3 * LANES ? Exp.logistic(src[i]) : 0.0;
            assertThat(dst[i]).isEqualTo(expected);
        }
    }

    /** Raw bits, with every NaN the same (a NaN's payload is not a result). */
    private static long bits(double v) {
        return Double.doubleToLongBits(v);
    }
}
