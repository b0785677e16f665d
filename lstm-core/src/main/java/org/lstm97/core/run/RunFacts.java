package org.lstm97.core.run;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Facts about the code and machine that a result records: the commit the code was built from, Java version,
 * operating system, cores.
 */
public final class RunFacts {
    /** Written into the jar at build time by git-commit-id-maven-plugin (lstm-core's pom). */
    static final String BUILD_COMMIT = "build-commit.properties";

    private static volatile String commit;
    private static volatile boolean commitResolved;

    private RunFacts() {}

    /**
     * The system property {@code lstm97.commit} if set, otherwise the git commit the code was built from (with
     * "-dirty" when the checkout had uncommitted changes), or null when it was not built in a git checkout.
     */
    public static String commit() {
        if (!commitResolved) {
            synchronized (RunFacts.class) {
                if (!commitResolved) {
                    String fromProperty = System.getProperty("lstm97.commit");
                    commit = fromProperty != null
                            ? fromProperty
                            : buildCommit(RunFacts.class.getResourceAsStream(BUILD_COMMIT));
                    commitResolved = true;
                }
            }
        }
        return commit;
    }

    /** The commit recorded in a build-commit properties file ({@code in} may be null: none), or null. */
    static String buildCommit(InputStream in) {
        if (in == null) {
            return null;
        }
        Properties properties = new Properties();
        try (in) {
            properties.load(in);
        } catch (IOException e) {
            return null;
        }
        String id = properties.getProperty("git.commit.id.full", "").strip();
        if (id.isEmpty() || id.startsWith("${")) {
            return null;
        }
        return id + (Boolean.parseBoolean(properties.getProperty("git.dirty")) ? "-dirty" : "");
    }

    public static String java() {
        return System.getProperty("java.version");
    }
}
