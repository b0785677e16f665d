package org.lstm97.core.math;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The project's own exponential and logistic function: the same bits on every JVM and CPU.
 *
 * <p>{@link Math#exp} may be replaced by a JIT intrinsic whose last bit differs between JDKs and CPUs, and a
 * learner's result depends on every bit. This class uses only IEEE-754 {@code + − × ÷} (each correctly rounded,
 * never fused), a four-entry table and integer bit operations, so its result is fixed by the language. Its
 * Vector-API twin ({@link VectorExp}) performs exactly the same operations per lane and gives the same bits.
 *
 * <p>Method (Tang's table-driven exp with a small table): x = (4m + j)·(ln2/4) + r with |r| ≤ ln2/8 (plus a
 * rounding margin), then exp(x) = 2^m · 2^(j/4) · e^r. The table entry 2^(j/4) is split into a high and a low
 * double; e^r − 1 is the Taylor polynomial of degree 9 (the next term is below 10⁻¹⁷ relative), evaluated in
 * Estrin's order so that its terms can be computed side by side. Error about 0.6 ulp of the exact value, so
 * within 1 ulp of {@link StrictMath#exp} (tested on 10⁷ points). The table is four entries so that the vector
 * twin selects them with two blends instead of a (slow) gather.
 */
public final class Exp {
    /** Arguments at or below this give 0 (exp(−746) is below half the smallest subnormal). */
    public static final double MIN_ARG = -746.0;
    /** Arguments above this give +∞ (exp(710) exceeds the largest double). */
    public static final double MAX_ARG = 710.0;
    /**
     * The logistic's lower clamp of e^(−x)'s argument: there e^(−x) < 2⁻¹⁰²¹ (1 + e^(−x) rounds to 1 whatever
     * it is) and 2^m stays a normal double.
     */
    static final double LOGISTIC_MIN_ARG = -708.0;
    /** 4 / ln 2. */
    static final double INV_STEP = 5.770780163555854;
    /** 1.5·2⁵²: adding it rounds a double of magnitude below 2⁵¹ to an integer held in the low mantissa bits. */
    static final double SHIFT = 6755399441055744.0;

    static final long SHIFT_BITS = Double.doubleToRawLongBits(SHIFT);
    /** ln2/4 to 32 significant bits: n·STEP_HI is exact for |n| < 2²¹. */
    static final double STEP_HI;
    /** ln2/4 − STEP_HI, rounded. */
    static final double STEP_LO;

    static final double C2 = 1.0 / 2.0;
    static final double C3 = 1.0 / 6.0;
    static final double C4 = 1.0 / 24.0;
    static final double C5 = 1.0 / 120.0;
    static final double C6 = 1.0 / 720.0;
    static final double C7 = 1.0 / 5040.0;
    static final double C8 = 1.0 / 40320.0;
    static final double C9 = 1.0 / 362880.0;
    static final int TABLE_BITS = 2;
    static final int TABLE_MASK = (1 << TABLE_BITS) - 1;
    /** 2^(j/4) rounded to the nearest double, j = 0..3. */
    static final double[] TABLE_HI = new double[1 << TABLE_BITS];
    /** 2^(j/4) − TABLE_HI[j], rounded. */
    static final double[] TABLE_LO = new double[1 << TABLE_BITS];

    static {
        MathContext mc = new MathContext(60);
        BigDecimal step = ln2(mc).divide(BigDecimal.valueOf(1 << TABLE_BITS), mc);
        long bits = Double.doubleToRawLongBits(step.doubleValue()) & ~((1L << 21) - 1); // keep 32 significant bits
        STEP_HI = Double.longBitsToDouble(bits);
        STEP_LO = step.subtract(new BigDecimal(STEP_HI)).doubleValue();
        BigDecimal root = BigDecimal.valueOf(2); // 2^(1/4): two square roots of 2
        for (int i = 0; i < TABLE_BITS; i++) {
            root = root.sqrt(mc);
        }
        BigDecimal power = BigDecimal.ONE;
        for (int j = 0; j < TABLE_HI.length; j++) {
            TABLE_HI[j] = power.doubleValue();
            TABLE_LO[j] = power.subtract(new BigDecimal(TABLE_HI[j])).doubleValue();
            power = power.multiply(root, mc);
        }
    }

    private Exp() {}

    /**
     * e^x within 1 ulp of {@link StrictMath#exp}: NaN for NaN, +∞ above {@link #MAX_ARG}, 0 at or below
     * {@link #MIN_ARG}, subnormal results rounded once.
     */
    public static double exp(double x) {
        double xc = Math.min(Math.max(x, MIN_ARG), MAX_ARG);
        double t = xc * INV_STEP + SHIFT;
        long n = Double.doubleToRawLongBits(t) - SHIFT_BITS;
        double y = tableTimesExp(xc, t - SHIFT, (int) (n & TABLE_MASK));
        long m = n >> TABLE_BITS;
        long m1 = m >> 1;
        return y * Double.longBitsToDouble((m1 + 1023) << 52) * Double.longBitsToDouble((m - m1 + 1023) << 52);
    }

    /**
     * The logistic function σ(x) = 1 / (1 + e^(−x)) (PAPER.md §1.1), with e^(−x) as {@link #exp} computes it but
     * scaled by 2^m in one multiplication, which saves five operations of some fifty: equal to
     * {@code 1.0 / (1.0 + exp(-x))} for every x except within 0.09 above −709.79, where the exact value is below
     * 1.2·10⁻³⁰⁸ and this gives 0 (as below −709.79). For x ≥ 708, 1 + e^(−x) rounds to 1 either way.
     */
    public static double logistic(double x) {
        double xc = Math.min(Math.max(-x, LOGISTIC_MIN_ARG), MAX_ARG);
        double t = xc * INV_STEP + SHIFT;
        long n = Double.doubleToRawLongBits(t) - SHIFT_BITS;
        double y = tableTimesExp(xc, t - SHIFT, (int) (n & TABLE_MASK));
        return 1.0 / (1.0 + y * Double.longBitsToDouble(((n >> TABLE_BITS) + 1023) << 52));
    }

    /** 2^(j/4)·e^r with r = x − nd·ln2/4 (Cody–Waite), as hi + (lo + hi·(e^r − 1)). */
    private static double tableTimesExp(double x, double nd, int j) {
        double r = (x - nd * STEP_HI) - nd * STEP_LO;
        double hi = TABLE_HI[j];
        return hi + (TABLE_LO[j] + hi * expm1(r));
    }

    /** e^r − 1 ≈ r + r²·q(r), q of degree 7 in Estrin's order. */
    private static double expm1(double r) {
        double r2 = r * r;
        double a0 = C2 + C3 * r;
        double a1 = C4 + C5 * r;
        double a2 = C6 + C7 * r;
        double a3 = C8 + C9 * r;
        double b0 = a0 + a1 * r2;
        double b1 = a2 + a3 * r2;
        double q = b0 + b1 * (r2 * r2);
        return r + r2 * q;
    }

    /** ln 2 to the precision of {@code mc}: 2·atanh(1/3) = 2·Σ 1/((2k+1)·3^(2k+1)). */
    private static BigDecimal ln2(MathContext mc) {
        BigDecimal third = BigDecimal.ONE.divide(BigDecimal.valueOf(3), mc);
        BigDecimal ninth = third.multiply(third, mc);
        BigDecimal term = third;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 2);
        for (int k = 0; term.compareTo(eps) > 0; k++) {
            sum = sum.add(term.divide(BigDecimal.valueOf(2L * k + 1), mc), mc);
            term = term.multiply(ninth, mc);
        }
        return sum.multiply(BigDecimal.valueOf(2), mc);
    }
}
