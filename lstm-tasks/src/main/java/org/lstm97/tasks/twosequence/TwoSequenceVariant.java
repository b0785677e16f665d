package org.lstm97.tasks.twosequence;

import org.lstm97.core.plugin.YamlNamed;

/** Exp. 3a, 3b or 3c; YAML {@code 3a} / {@code 3b} / {@code 3c}. */
public enum TwoSequenceVariant implements YamlNamed {
    /** Noise-free informative prefix; targets 1.0 (class 1) and 0.0 (class 2). */
    CLEAN_PREFIX("3a", false, false, 1.0, 0.0),
    /** Gaussian noise also on the informative prefix; targets as 3a. */
    NOISY_PREFIX("3b", true, false, 1.0, 0.0),
    /** Noise-free prefix; targets 0.2 (class 1) and 0.8 (class 2) plus Gaussian target noise. */
    NOISY_TARGETS("3c", false, true, 0.2, 0.8);

    private final String yamlName;
    private final boolean noisyPrefix;
    private final boolean noisyTargets;
    private final double classOneTarget;
    private final double classTwoTarget;

    TwoSequenceVariant(
            String yamlName, boolean noisyPrefix, boolean noisyTargets, double classOneTarget, double classTwoTarget) {
        this.yamlName = yamlName;
        this.noisyPrefix = noisyPrefix;
        this.noisyTargets = noisyTargets;
        this.classOneTarget = classOneTarget;
        this.classTwoTarget = classTwoTarget;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }

    public boolean noisyPrefix() {
        return noisyPrefix;
    }

    public boolean noisyTargets() {
        return noisyTargets;
    }

    /** The noise-free target of class 1 (informative inputs +1) or class 2 (−1). */
    public double target(boolean classOne) {
        return classOne ? classOneTarget : classTwoTarget;
    }
}
