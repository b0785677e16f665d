package org.lstm97.core.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExpTest {

    /** Distance in units in the last place between two doubles of the same sign (0 for two NaNs). */
    static long ulps(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b) ? 0 : Long.MAX_VALUE;
        }
        if (a == b) {
            return 0;
        }
        return Math.abs(Double.doubleToLongBits(a) - Double.doubleToLongBits(b));
    }

    @Test
    void withinOneUlpOfStrictMathOnTenMillionPointsOfTheWholeRange() {
        SplittableRandom random = new SplittableRandom(20261203L);
        long worst = 0;
        double worstAt = 0;
        for (int i = 0; i < 10_000_000; i++) {
            double x = Exp.MIN_ARG + random.nextDouble() * (Exp.MAX_ARG - Exp.MIN_ARG);
            long u = ulps(Exp.exp(x), StrictMath.exp(x));
            if (u > worst) {
                worst = u;
                worstAt = x;
            }
        }
        assertThat(worst).as("worst at x = %s", worstAt).isLessThanOrEqualTo(1);
    }

    @Test
    void withinOneUlpNearZeroAndOnRandomBitPatterns() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 1_000_000; i++) {
            double small = (random.nextDouble() - 0.5) * Math.scalb(1.0, -random.nextInt(1, 60));
            assertThat(ulps(Exp.exp(small), StrictMath.exp(small)))
                    .as("x = %s", small)
                    .isLessThanOrEqualTo(1);
            double any = Double.longBitsToDouble(random.nextLong());
            assertThat(ulps(Exp.exp(any), StrictMath.exp(any)))
                    .as("x = %s", any)
                    .isLessThanOrEqualTo(1);
        }
    }

    @Test
    void edgesOverflowUnderflowAndSpecialValues() {
        double[] edges = {
            0.0,
            -0.0,
            Double.MIN_VALUE,
            -Double.MIN_VALUE,
            1e-300,
            1.0,
            -1.0,
            0.5,
            709.782712893384,
            709.7827128933841,
            709.78,
            710.0,
            1e6,
            Double.MAX_VALUE,
            -708.3964185322641,
            -708.4,
            -720.0,
            -744.0,
            -745.1332191019411,
            -745.1332191019412,
            -746.0,
            -1e6,
            -Double.MAX_VALUE
        };
        for (double x : edges) {
            assertThat(ulps(Exp.exp(x), StrictMath.exp(x))).as("x = %s", x).isLessThanOrEqualTo(1);
        }
        assertThat(Exp.exp(0.0)).isEqualTo(1.0);
        assertThat(Exp.exp(1.0)).isEqualTo(Math.E); // the correctly rounded e (StrictMath gives 1 ulp more)
        assertThat(Exp.exp(709.7827128933841)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Exp.exp(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Exp.exp(-745.1332191019411)).isEqualTo(Double.MIN_VALUE); // rounds up to the smallest subnormal
        assertThat(Exp.exp(-745.1332191019412)).isEqualTo(0.0);
        assertThat(Exp.exp(Double.NEGATIVE_INFINITY)).isEqualTo(0.0);
        assertThat(Exp.exp(Double.NaN)).isNaN();
    }

    @Test
    void everySubnormalResultIsWithinOneUlp() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 200_000; i++) {
            double x = -745.2 + random.nextDouble() * (745.2 - 708.3);
            assertThat(ulps(Exp.exp(x), StrictMath.exp(x))).as("x = %s", x).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void tableEntriesAreTheCorrectlyRoundedPowersOfTwoWithTheirRemainders() {
        MathContext mc = new MathContext(50);
        BigDecimal root = BigDecimal.valueOf(2).sqrt(mc).sqrt(mc); // 2^(1/4)
        BigDecimal exact = BigDecimal.ONE;
        for (int j = 0; j < Exp.TABLE_HI.length; j++) {
            double hi = Exp.TABLE_HI[j];
            BigDecimal error = exact.subtract(new BigDecimal(hi)).abs();
            assertThat(error.doubleValue()).as("entry %d", j).isLessThanOrEqualTo(Math.ulp(hi) / 2);
            BigDecimal rest = exact.subtract(new BigDecimal(hi))
                    .subtract(new BigDecimal(Exp.TABLE_LO[j]))
                    .abs();
            assertThat(rest.doubleValue()).as("entry %d", j).isLessThan(Math.ulp(hi) * 1e-15);
            exact = exact.multiply(root, mc);
        }
        assertThat(Exp.TABLE_HI[2]).isEqualTo(Math.sqrt(2.0));
    }

    @Test
    void stepIsSplitSoThatItsHighPartTimesAnyReductionCountIsExact() {
        long mantissa = Double.doubleToRawLongBits(Exp.STEP_HI) & ((1L << 52) - 1);
        assertThat(Long.numberOfTrailingZeros(mantissa)).isGreaterThanOrEqualTo(21);
        assertThat(Exp.STEP_HI + Exp.STEP_LO).isEqualTo(StrictMath.log(2.0) / 4);
    }

    @Test
    void logisticIsOneOverOnePlusExpOfMinusX() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 1_000_000; i++) {
            double x = (random.nextDouble() - 0.5) * (i % 2 == 0 ? 80 : 1600);
            double sigma = Exp.logistic(x);
            if (x > -709.79 && x < -709.69) { // where the one-multiplication scaling overflows: 0 for < 1.2e-308
                assertThat(sigma).as("x = %s", x).isBetween(0.0, 1.2e-308);
                continue;
            }
            assertThat(sigma).as("x = %s", x).isEqualTo(1.0 / (1.0 + Exp.exp(-x)));
            assertThat(ulps(sigma, 1.0 / (1.0 + StrictMath.exp(-x))))
                    .as("x = %s", x)
                    .isLessThanOrEqualTo(4);
        }
        assertThat(Exp.logistic(0.0)).isEqualTo(0.5);
        assertThat(Exp.logistic(800.0)).isEqualTo(1.0);
        assertThat(Exp.logistic(-800.0)).isEqualTo(0.0);
        assertThat(Exp.logistic(Double.NaN)).isNaN();
        assertThat(Exp.logistic(-709.75)).isEqualTo(0.0);
    }
}
