package org.lstm97.core.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The lines a run prints about its engines: which rows run in lanes, which alone and why. */
final class EnginePlans {
    private EnginePlans() {}

    /** @param plans per row ("experiment/row"), in run order */
    static List<String> describe(Map<String, GroupRunner.Plan> plans, int lanes) {
        List<String> laneRows = new ArrayList<>();
        Map<String, List<String>> scalar = new LinkedHashMap<>();
        plans.forEach((row, plan) -> {
            if (plan.lanes()) {
                laneRows.add(row);
            } else {
                scalar.computeIfAbsent(plan.reason(), r -> new ArrayList<>()).add(row);
            }
        });
        List<String> lines = new ArrayList<>();
        if (!laneRows.isEmpty()) {
            lines.add("lanes (" + lanes + " per group): " + String.join(", ", laneRows));
        }
        scalar.forEach((reason, rows) -> lines.add("scalar (" + reason + "): " + String.join(", ", rows)));
        return lines;
    }
}
