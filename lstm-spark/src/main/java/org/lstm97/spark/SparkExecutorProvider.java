package org.lstm97.spark;

import org.lstm97.core.run.TrialExecutor;
import org.lstm97.core.run.TrialExecutorProvider;

/** {@code --executor spark [--master URL]}: found by the CLI through ServiceLoader. */
public final class SparkExecutorProvider implements TrialExecutorProvider {
    public static final String NAME = "spark";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public TrialExecutor create(Settings settings) {
        return SparkExecutor.start(settings.master(), settings.threads(), settings.engine(), settings.notes());
    }
}
