package org.lstm97.core.testkit;

import java.util.List;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.Probe;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceOutcome;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.api.StopRule;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.plugin.LearnerFactory;
import org.lstm97.core.plugin.Param;
import org.lstm97.core.plugin.ParamException;
import org.lstm97.core.plugin.PluginModule;
import org.lstm97.core.plugin.StopRuleFactory;
import org.lstm97.core.plugin.TaskFactory;
import org.lstm97.core.random.Draws;
import org.lstm97.core.train.GradientLearner;

/**
 * A tiny, real plugin set for testing the machinery without the paper's tasks: a one-step "sign" task, a
 * single logistic unit trained by gradient descent, and a "k successive correct" stop rule. Not registered
 * through ServiceLoader: tests wire it explicitly (or list it in their own test resources).
 */
public final class ToyPlugin extends PluginModule {

    @Override
    protected void registerPlugins() {
        register(new SignTaskFactory());
        register(new LogisticUnitFactory());
        register(new StreakFactory());
    }

    /** Parameters of the sign task. */
    public record SignParams(
            @Param(doc = "length of each sequence (the target is at the last step)", value = "1")
            int length,

            @Param(doc = "tolerance of a correct output", value = "0.3")
            double tolerance) {
        public SignParams {
            if (length < 1) {
                throw new ParamException("length", "length must be >= 1, got " + length);
            }
        }
    }

    /** A first input of -1 or 1; the target at the end is (x + 1) / 2. */
    public static final class SignTaskFactory extends TaskFactory<SignParams> {
        public SignTaskFactory() {
            super("toy-sign", SignParams.class, "Test task: output (x+1)/2 for the first input x in {-1, 1}.");
        }

        @Override
        public SequenceTask create(SignParams p, BuildContext context) {
            return new SequenceTask() {
                @Override
                public int inputSize() {
                    return 1;
                }

                @Override
                public int outputSize() {
                    return 1;
                }

                @Override
                public List<String> inputNames() {
                    return null;
                }

                @Override
                public List<String> outputNames() {
                    return null;
                }

                @Override
                public Sequence next(RandomGenerator random) {
                    double x = random.nextBoolean() ? 1.0 : -1.0;
                    Sequence.Builder b = Sequence.builder(p.length(), 1, 1).input(0, 0, x);
                    return b.target(p.length() - 1, 0, (x + 1) / 2)
                            .label(x > 0 ? "+" : "-")
                            .build();
                }

                @Override
                public boolean isCorrect(Sequence s, double[] outputs) {
                    int end = s.length() - 1;
                    return Math.abs(outputs[end] - s.target(end, 0)) < p.tolerance();
                }
            };
        }
    }

    /** Parameters of the logistic unit. */
    public record UnitParams(
            @Param(doc = "learning rate", value = "0.5") double learningRate,

            @Param(doc = "initial weights uniform in [-r, r]", value = "0.1")
            double initRange) {
        public UnitParams {
            ParamException.positive("learningRate", learningRate);
        }
    }

    /** One logistic unit reading the input at step 0 through a latch. */
    public static final class LogisticUnitFactory extends LearnerFactory<UnitParams> {
        public LogisticUnitFactory() {
            super("toy-unit", UnitParams.class, "Test learner: one logistic unit with a bias.");
        }

        @Override
        public GradientLearner create(UnitParams p, BuildContext context) {
            return new GradientLearner() {
                @Override
                public Network createNetwork(int inputSize, int outputSize, RandomGenerator init) {
                    return new Unit(
                            p,
                            Draws.uniform(init, -p.initRange(), p.initRange()),
                            Draws.uniform(init, -p.initRange(), p.initRange()));
                }
            };
        }
    }

    private static final class Unit implements Network {
        private final double lr;
        private double w;
        private double b;
        private double latch;
        private double dw;
        private double db;

        Unit(UnitParams p, double w, double b) {
            this.lr = p.learningRate();
            this.w = w;
            this.b = b;
        }

        @Override
        public int inputSize() {
            return 1;
        }

        @Override
        public int outputSize() {
            return 1;
        }

        @Override
        public int weightCount() {
            return 2;
        }

        @Override
        public void startSequence() {
            latch = 0;
            dw = 0;
            db = 0;
        }

        @Override
        public void step(Sequence s, int t, double[] out, boolean learn) {
            if (t == 0) {
                latch = s.input(0, 0);
            }
            double y = 1 / (1 + Math.exp(-(w * latch + b)));
            out[0] = y;
            if (learn && s.hasTarget(t)) {
                double e = (s.target(t, 0) - y) * y * (1 - y);
                dw += lr * e * latch;
                db += lr * e;
            }
        }

        @Override
        public void endSequence(boolean learn) {
            if (learn) {
                w += dw;
                b += db;
            }
        }

        @Override
        public boolean diverged() {
            return !Double.isFinite(w) || !Double.isFinite(b);
        }
    }

    /** Parameters of the streak rule. */
    public record StreakParams(
            @Param(doc = "successive correct sequences needed", value = "10")
            int k) {
        public StreakParams {
            if (k < 1) {
                throw new ParamException("k", "k must be >= 1, got " + k);
            }
        }
    }

    /** Solved once k successive training sequences were correct. */
    public static final class StreakFactory extends StopRuleFactory<StreakParams> {
        public StreakFactory() {
            super("toy-streak", StreakParams.class, "Test stop rule: k successive correct sequences.");
        }

        @Override
        public StopRule create(StreakParams p, BuildContext context) {
            return new StopRule() {
                private int streak;

                @Override
                public Verdict afterSequence(long presented, SequenceOutcome outcome, Probe probe) {
                    streak = outcome.correct() ? streak + 1 : 0;
                    return streak >= p.k() ? Verdict.SOLVED : Verdict.CONTINUE;
                }
            };
        }
    }
}
