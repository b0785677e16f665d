package org.lstm97.core.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Facts about the code and machine that a result records: git commit (when the code runs from a checkout),
 * Java version, operating system, cores.
 */
public final class RunFacts {
    private static volatile String commit;
    private static volatile boolean commitResolved;

    private RunFacts() {
    }

    /**
     * The git commit of the working directory's checkout ({@code git rev-parse HEAD}, with "-dirty" when there
     * are uncommitted changes to tracked files), the system property {@code lstm97.commit} if set, or null.
     */
    public static String commit() {
        if (!commitResolved) {
            synchronized (RunFacts.class) {
                if (!commitResolved) {
                    String fromProperty = System.getProperty("lstm97.commit");
                    commit = fromProperty != null ? fromProperty : gitCommit();
                    commitResolved = true;
                }
            }
        }
        return commit;
    }

    private static String gitCommit() {
        String head = git("rev-parse", "HEAD");
        if (head == null || head.isBlank()) {
            return null;
        }
        String status = git("status", "--porcelain", "--untracked-files=no");
        return head.strip() + (status != null && !status.isBlank() ? "-dirty" : "");
    }

    private static String git(String... args) {
        try {
            String[] command = new String[args.length + 1];
            command[0] = "git";
            System.arraycopy(args, 0, command, 1, args.length);
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                out = in.readAllBytes();
            }
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    public static String java() {
        return System.getProperty("java.version");
    }
}
