package org.lstm97.core.lstm;

import org.lstm97.core.plugin.YamlNamed;

/** The "c" column of Table 10 (PAPER.md §1.2, §1.9). */
public enum Connectivity implements YamlNamed {
    /**
     * Layered: cells, gates and hidden units read the inputs and every hidden unit of the previous step; output
     * units read the cells (and hidden units) only.
     */
    F,
    /**
     * "To all higher layers" (Exp. 2a/2b): output units also read the inputs; cells, gates and hidden units read
     * only the inputs (no recurrence), as the weight count 10504 requires (PAPER.md §1.9 (iv)).
     */
    B;

    @Override
    public String yamlName() {
        return name();
    }
}
