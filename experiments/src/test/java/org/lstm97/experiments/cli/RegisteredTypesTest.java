package org.lstm97.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lstm97.core.plugin.Kind;
import org.lstm97.core.plugin.PluginFactory;

/**
 * The golden list of every type the CLI registers (test-only toy types aside): a module that stops registering,
 * or a type renamed by accident, shows here. Update {@code registered-types.txt} when adding a plugin.
 */
class RegisteredTypesTest {

    @Test
    void everyPluginModuleOnTheClassPathIsRegistered() throws IOException {
        List<String> actual = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (PluginFactory<?, ?> f : Wiring.registry().all(kind)) {
                if (!f.type().startsWith("toy-")) {
                    actual.add(kind.label() + ": " + f.type());
                }
            }
        }
        try (InputStream in = RegisteredTypesTest.class.getResourceAsStream("/registered-types.txt")) {
            List<String> golden = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
            assertThat(actual).isEqualTo(golden);
        }
    }
}
