package org.lstm97.core.lstm;

/** Which unit types carry a bias weight: the "bias" column of Table 10. */
public enum BiasUnits {
    /** No unit has a bias (Exp. 2). */
    NONE(false, false, false),
    /** "ga": input and output gates only (Exp. 1). */
    GA(true, false, false),
    /** "b1": every hidden unit: gates, cells and conventional hidden units, not the outputs (Exp. 3). */
    B1(true, true, false),
    /** "all": every non-input unit, the output units included (Exp. 4, 5, 6). */
    ALL(true, true, true);

    private final boolean gates;
    private final boolean cellsAndHidden;
    private final boolean outputs;

    BiasUnits(boolean gates, boolean cellsAndHidden, boolean outputs) {
        this.gates = gates;
        this.cellsAndHidden = cellsAndHidden;
        this.outputs = outputs;
    }

    public boolean gates() {
        return gates;
    }

    /** Memory cells and conventional hidden units. */
    public boolean cellsAndHidden() {
        return cellsAndHidden;
    }

    public boolean outputs() {
        return outputs;
    }
}
