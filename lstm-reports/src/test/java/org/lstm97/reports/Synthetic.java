package org.lstm97.reports;

import java.nio.file.Path;

/** The synthetic results folder of the tests (written by {@code synthetic/make_synthetic.py}). */
final class Synthetic {
    /** Relative to the module folder, Maven's working directory for tests, so paths in messages are stable. */
    static final Path RESULTS = Path.of("src", "test", "resources", "synthetic", "results");

    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    /** A smoke-test (profile quick) results folder. */
    static final Path QUICK = Path.of("src", "test", "resources", "synthetic", "quick");

    private Synthetic() {}
}
