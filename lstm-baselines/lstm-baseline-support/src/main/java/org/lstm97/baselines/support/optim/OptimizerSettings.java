package org.lstm97.baselines.support.optim;

import org.lstm97.core.plugin.ParamException;

/**
 * The optimizer of a full-gradient learner with its parameters, as the learners' YAML keys give them.
 *
 * @param optimizer    {@code sgd} or {@code adam}
 * @param learningRate α: the step size of either rule
 * @param beta1        Adam's decay of the first moment (Kingma &amp; Ba: 0.9)
 * @param beta2        Adam's decay of the second moment (Kingma &amp; Ba: 0.999)
 * @param epsilon      Adam's ε (Kingma &amp; Ba: 1e-8)
 */
public record OptimizerSettings(Optimizer optimizer, double learningRate, double beta1, double beta2, double epsilon) {

    /** Plain gradient descent with rate {@code learningRate}. */
    public static OptimizerSettings sgd(double learningRate) {
        return new OptimizerSettings(Optimizer.SGD, learningRate, 0.9, 0.999, 1e-8);
    }

    /** Checks ranges, naming the YAML keys {@code optimizer}, {@code adamBeta1}, {@code adamBeta2}, {@code adamEpsilon}. */
    public OptimizerSettings {
        if (optimizer == null) {
            throw new ParamException("optimizer", "optimizer must be given");
        }
        ParamException.positive("learningRate", learningRate);
        if (Double.isInfinite(learningRate)) {
            throw new ParamException("learningRate", "learningRate must be finite");
        }
        if (!(beta1 >= 0.0 && beta1 < 1.0)) {
            throw new ParamException("adamBeta1", "adamBeta1 must be in [0, 1), got " + beta1);
        }
        if (!(beta2 >= 0.0 && beta2 < 1.0)) {
            throw new ParamException("adamBeta2", "adamBeta2 must be in [0, 1), got " + beta2);
        }
        ParamException.positive("adamEpsilon", epsilon);
    }

    /** A fresh rule (fresh moments) for {@code length} weights. */
    public GradientStep newStep(int length) {
        return optimizer == Optimizer.ADAM ? new GradientStep.Adam(this, length) : new GradientStep.Sgd(learningRate);
    }

    /** "sgd" or "adam" with its parameters, for descriptions. */
    public String describe() {
        return optimizer == Optimizer.ADAM
                ? "adam (lr " + learningRate + ", beta1 " + beta1 + ", beta2 " + beta2 + ", eps " + epsilon + ")"
                : "sgd (lr " + learningRate + ")";
    }
}
