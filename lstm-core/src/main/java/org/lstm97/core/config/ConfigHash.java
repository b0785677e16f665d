package org.lstm97.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hash of everything that determines a trial's result: experiment and row names, base seed, budget,
 * task, learner, stop rule and final evaluation (not the number of trials, nor the profile's name), and the row
 * whose seeds the row borrows when it has {@code seedsOf} (left out otherwise, so rows without it keep their
 * hash). A plugin parameter whose value is its declared default is left out, so adding a parameter whose default
 * keeps today's behaviour changes no hash (and reruns nothing). SHA-256 over canonical JSON (keys sorted).
 */
public final class ConfigHash {
    private static final ObjectMapper CANONICAL =
            new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private ConfigHash() {}

    static String of(
            String experiment,
            String row,
            String seedRow,
            long seed,
            long budget,
            PluginSpec task,
            PluginSpec learner,
            PluginSpec stop,
            EvaluationSpec evaluation) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("experiment", experiment);
        config.put("row", row);
        if (seedRow != null) {
            config.put("seedRow", seedRow);
        }
        config.put("seed", seed);
        config.put("budget", budget);
        config.put("task", task.hashed());
        config.put("learner", learner.hashed());
        config.put("stop", stop.hashed());
        config.put("evaluation", Map.of("testSize", evaluation.testSize(), "metrics", evaluation.metrics()));
        try {
            byte[] json = CANONICAL.writeValueAsBytes(config);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hex SHA-256 of a UTF-8 string. */
    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
