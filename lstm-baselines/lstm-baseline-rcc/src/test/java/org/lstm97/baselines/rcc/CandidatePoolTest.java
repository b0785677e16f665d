package org.lstm97.baselines.rcc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lstm97.core.random.Draws;
import org.lstm97.core.random.Seeds;

class CandidatePoolTest {
    private static final int COLS = 6;
    private static final int FAN = 4;
    private static final int OUT = 3;
    private static final int[] ROW_START = {0, 5, 12, 15};

    private record Data(double[] cache, boolean[] targetRow, double[] err, int patterns) {}

    private static Data data(RandomGenerator r) {
        int rows = ROW_START[ROW_START.length - 1];
        double[] cache = new double[rows * COLS];
        boolean[] targetRow = new boolean[rows];
        int patterns = 0;
        for (int row = 0; row < rows; row++) {
            for (int j = 0; j < COLS; j++) {
                cache[row * COLS + j] = Draws.uniform(r, -1, 1);
            }
            targetRow[row] = row % 3 != 0;
            patterns += targetRow[row] ? 1 : 0;
        }
        double[] err = new double[patterns * OUT];
        for (int i = 0; i < err.length; i++) {
            err[i] = Draws.uniform(r, -0.5, 0.5);
        }
        return new Data(cache, targetRow, err, patterns);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void scoreGradientEqualsFiniteDifferences(long seed) {
        RandomGenerator r = Seeds.stream(seed);
        Data d = data(r);
        double sumSq = 2.5;
        CandidatePool pool = new CandidatePool(3, FAN, OUT, r, 1.5);
        pool.measure(d.cache, COLS, ROW_START, d.targetRow, d.err);
        for (int c = 0; c < pool.size(); c++) {
            for (int i = 0; i < pool.fanWithSelf(); i++) {
                double analytic = pool.ascent(c, i, sumSq);
                int w = c * pool.fanWithSelf() + i;
                double keep = pool.weights[w];
                double h = 1e-6;
                pool.weights[w] = keep + h;
                pool.measure(d.cache, COLS, ROW_START, d.targetRow, d.err);
                double plus = pool.score(c, sumSq);
                pool.weights[w] = keep - h;
                pool.measure(d.cache, COLS, ROW_START, d.targetRow, d.err);
                double minus = pool.score(c, sumSq);
                pool.weights[w] = keep;
                pool.measure(d.cache, COLS, ROW_START, d.targetRow, d.err);
                assertThat(analytic)
                        .as("candidate %d weight %d", c, i)
                        .isCloseTo((plus - minus) / (2 * h), within(1e-7));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void quickpropAscentRaisesTheScore(long seed) {
        RandomGenerator r = Seeds.stream(seed);
        Data d = data(r);
        double sumSq = 2.5;
        CandidatePool pool = new CandidatePool(4, FAN, OUT, r, 1.0);
        pool.measure(d.cache, COLS, ROW_START, d.targetRow, d.err);
        double[] first = new double[pool.size()];
        for (int c = 0; c < pool.size(); c++) {
            first[c] = pool.score(c, sumSq);
        }
        for (int epoch = 0; epoch < 30; epoch++) {
            pool.update(sumSq, 0.05, 0.0, 2.0);
            pool.measure(d.cache, COLS, ROW_START, d.targetRow, d.err);
        }
        for (int c = 0; c < pool.size(); c++) {
            assertThat(pool.score(c, sumSq)).as("candidate %d", c).isGreaterThan(first[c]);
        }
    }
}
