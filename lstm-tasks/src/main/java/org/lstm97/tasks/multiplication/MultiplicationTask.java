package org.lstm97.tasks.multiplication;

import org.lstm97.tasks.adding.MarkedPairTask;

/**
 * Exp. 5, the multiplication problem: as Exp. 4 but values uniform in [0, 1), a marked first pair takes the
 * value 1.0, and the target is X_1 × X_2 [NC97 Sec. 5.5].
 */
public final class MultiplicationTask extends MarkedPairTask {

    public MultiplicationTask(MultiplicationParams params) {
        super(params.T(), 0.0, 1.0, 1.0, params.firstPairMarker(), params.firstPairRule(), params.threshold());
    }

    @Override
    protected double target(double x1, double x2) {
        return x1 * x2;
    }
}
