package org.lstm97.baselines.support;

/** The two net layouts the paper's RTRL and BPTT rows use (YAML: {@code fully-recurrent}, {@code layered}). */
public enum Architecture {
    /** Williams &amp; Zipser / Smith &amp; Zipser: hidden and output units all-to-all with a one-step delay (Table 1). */
    FULLY_RECURRENT,
    /** Table 2: a recurrent hidden layer below non-recurrent output units; each layer reads all layers below. */
    LAYERED;

    /** The topology of this layout for the given sizes. */
    public Topology build(int inputs, int hidden, int outputs, boolean bias) {
        return this == FULLY_RECURRENT
                ? Topology.fullyRecurrent(inputs, hidden, outputs, bias)
                : Topology.layered(inputs, hidden, outputs, bias);
    }
}
