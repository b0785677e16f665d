package org.lstm97.spark;

import java.util.List;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.plugin.Param;
import org.lstm97.core.plugin.PluginModule;
import org.lstm97.core.plugin.TaskFactory;
import org.lstm97.core.testkit.ToyPlugin;

/**
 * A test task: the toy sign task, except that {@code next()} throws in one chosen trial. Listed in the test
 * resources' ServiceLoader file, so Spark workers (which build their own registry) find it too.
 */
public final class FailingPlugin extends PluginModule {

    @Override
    protected void registerPlugins() {
        register(new FailingTaskFactory());
    }

    /** Parameters of the failing task. */
    public record FailingParams(
            @Param(doc = "the trial index whose next() throws", value = "1")
            int failOnTrial,

            @Param(
                    doc = "throw an AssertionError (which TrialRunner lets through) instead of an exception",
                    value = "false")
            boolean error) {}

    /** The toy sign task, throwing in trial {@code failOnTrial}. */
    public static final class FailingTaskFactory extends TaskFactory<FailingParams> {
        public FailingTaskFactory() {
            super("failing-sign", FailingParams.class, "Test task: the toy sign task, throwing in one trial.");
        }

        @Override
        public SequenceTask create(FailingParams p, BuildContext context) {
            SequenceTask sign = new ToyPlugin.SignTaskFactory().create(new ToyPlugin.SignParams(1, 0.3), context);
            boolean fails = context.trialIndex() == p.failOnTrial();
            return new SequenceTask() {
                @Override
                public int inputSize() {
                    return sign.inputSize();
                }

                @Override
                public int outputSize() {
                    return sign.outputSize();
                }

                @Override
                public List<String> inputNames() {
                    return sign.inputNames();
                }

                @Override
                public List<String> outputNames() {
                    return sign.outputNames();
                }

                @Override
                public Sequence next(RandomGenerator random) {
                    if (fails && p.error()) {
                        throw new AssertionError("trial " + p.failOnTrial() + " breaks on purpose");
                    }
                    if (fails) {
                        throw new IllegalStateException("trial " + p.failOnTrial() + " fails on purpose");
                    }
                    return sign.next(random);
                }

                @Override
                public boolean isCorrect(Sequence sequence, double[] outputs) {
                    return sign.isCorrect(sequence, outputs);
                }
            };
        }
    }
}
