package org.lstm97.core.math;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The lane twin of {@link Exp}: the same operations, in the same order, in every lane, so each lane holds
 * exactly {@code Exp.exp} (or {@code Exp.logistic}) of its argument, bit for bit.
 *
 * <p>Works on vectors of {@link #SPECIES}, the widest the CPU has (8 doubles with AVX-512, 4 with AVX2); the
 * species and the table are constants so that the JIT turns every operation into one instruction. The code is
 * deliberately flat: the JDK 17 JIT inlines only methods below 325 bytes of bytecode, at most 15 calls deep and
 * within a budget of IR nodes, and a vector passed to a method that is not inlined is boxed on the heap (several
 * times slower than scalar code). Needs the module {@code jdk.incubator.vector}: load this class only after
 * checking that the module is present.
 */
public final class VectorExp {
    /** The lane shape of every vector passed in. */
    public static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

    private static final double HI0 = Exp.TABLE_HI[0];
    private static final double HI1 = Exp.TABLE_HI[1];
    private static final double HI2 = Exp.TABLE_HI[2];
    private static final double HI3 = Exp.TABLE_HI[3];
    private static final double LO0 = Exp.TABLE_LO[0];
    private static final double LO1 = Exp.TABLE_LO[1];
    private static final double LO2 = Exp.TABLE_LO[2];
    private static final double LO3 = Exp.TABLE_LO[3];

    private VectorExp() {}

    /** e^x in every lane, equal to {@link Exp#exp} lane by lane. */
    public static DoubleVector exp(DoubleVector x) {
        DoubleVector xc = x.max(Exp.MIN_ARG).min(Exp.MAX_ARG);
        DoubleVector t = xc.mul(Exp.INV_STEP).add(Exp.SHIFT);
        LongVector n = t.reinterpretAsLongs().sub(Exp.SHIFT_BITS);
        DoubleVector y = tableTimesExp(xc, t.sub(Exp.SHIFT), n);
        // y·2^m in two exact halves
        LongVector m = n.lanewise(VectorOperators.ASHR, Exp.TABLE_BITS);
        LongVector m1 = m.lanewise(VectorOperators.ASHR, 1);
        DoubleVector s1 = m1.add(1023).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
        DoubleVector s2 = m.sub(m1).add(1023).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
        return y.mul(s1).mul(s2);
    }

    /** 2^(j/4)·e^r with r = x − nd·ln2/4 (Cody–Waite) and j = n &amp; 3, as hi + (lo + hi·(e^r − 1)). */
    private static DoubleVector tableTimesExp(DoubleVector x, DoubleVector nd, LongVector n) {
        DoubleVector r = x.sub(nd.mul(Exp.STEP_HI)).sub(nd.mul(Exp.STEP_LO));
        VectorMask<Double> bit0 = n.and(1L).compare(VectorOperators.NE, 0L).cast(SPECIES);
        VectorMask<Double> bit1 = n.and(2L).compare(VectorOperators.NE, 0L).cast(SPECIES);
        DoubleVector hi = DoubleVector.broadcast(SPECIES, HI0)
                .blend(HI1, bit0)
                .blend(DoubleVector.broadcast(SPECIES, HI2).blend(HI3, bit0), bit1);
        DoubleVector lo = DoubleVector.broadcast(SPECIES, LO0)
                .blend(LO1, bit0)
                .blend(DoubleVector.broadcast(SPECIES, LO2).blend(LO3, bit0), bit1);
        return hi.add(lo.add(hi.mul(expm1(r))));
    }

    /** σ(x) = 1 / (1 + e^(−x)) in every lane, equal to {@link Exp#logistic} lane by lane. */
    public static DoubleVector logistic(DoubleVector x) {
        DoubleVector xc = x.neg().max(Exp.LOGISTIC_MIN_ARG).min(Exp.MAX_ARG);
        DoubleVector t = xc.mul(Exp.INV_STEP).add(Exp.SHIFT);
        LongVector n = t.reinterpretAsLongs().sub(Exp.SHIFT_BITS);
        DoubleVector e = tableTimesExp(xc, t.sub(Exp.SHIFT), n)
                .mul(n.lanewise(VectorOperators.ASHR, Exp.TABLE_BITS)
                        .add(1023)
                        .lanewise(VectorOperators.LSHL, 52)
                        .reinterpretAsDoubles());
        return DoubleVector.broadcast(SPECIES, 1.0).div(e.add(1.0));
    }

    /**
     * dst[dstOffset + i] = σ(src[srcOffset + i]) for i in [0, length), one vector at a time ({@code length} a
     * multiple of the lane count).
     */
    public static void logistic(double[] src, int srcOffset, double[] dst, int dstOffset, int length) {
        for (int i = 0; i < length; i += SPECIES.length()) {
            logistic(DoubleVector.fromArray(SPECIES, src, srcOffset + i)).intoArray(dst, dstOffset + i);
        }
    }

    /** e^r − 1 as in {@link Exp}: r + r²·q(r), q in Estrin's order. */
    private static DoubleVector expm1(DoubleVector r) {
        DoubleVector r2 = r.mul(r);
        DoubleVector a0 = r.mul(Exp.C3).add(Exp.C2);
        DoubleVector a1 = r.mul(Exp.C5).add(Exp.C4);
        DoubleVector a2 = r.mul(Exp.C7).add(Exp.C6);
        DoubleVector a3 = r.mul(Exp.C9).add(Exp.C8);
        DoubleVector b0 = a1.mul(r2).add(a0);
        DoubleVector b1 = a3.mul(r2).add(a2);
        DoubleVector q = b1.mul(r2.mul(r2)).add(b0);
        return r2.mul(q).add(r);
    }
}
