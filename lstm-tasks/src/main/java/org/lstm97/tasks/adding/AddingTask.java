package org.lstm97.tasks.adding;

/** Exp. 4, the adding problem: values uniform in [−1, 1), target 0.5 + (X_1 + X_2)/4 [NC97 Sec. 5.4]. */
public final class AddingTask extends MarkedPairTask {

    public AddingTask(AddingParams params) {
        super(params.T(), -1.0, 1.0, 0.0, params.firstPairMarker(), params.firstPairRule(), params.threshold());
    }

    @Override
    protected double target(double x1, double x2) {
        return 0.5 + (x1 + x2) / 4.0;
    }
}
