/**
 * Test support shared with other modules through lstm-core's test-jar: a tiny real plugin set
 * ({@code ToyPlugin}, {@code ToyExperiments}), small tasks and sequences ({@code PreviousSymbolTask},
 * {@code SmallSequences}), central finite differences ({@code FiniteDifferences}), a streak stop rule, and
 * seeded training and build contexts ({@code TestContext}, {@code SeededBuildContext}), and the contract every
 * learner keeps ({@code LearnerContractTest}, which each learner module extends once). Modules use it with the
 * {@code org.lstm97:lstm-core:test-jar} test dependency.
 */
package org.lstm97.core.testkit;
