package org.lstm97.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The commit a result records is the one written into the jar at build time. */
class RunFactsTest {

    private static InputStream properties(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheBuildCommitAndMarksADirtyTree() {
        String id = "115e058efe36c8c611623a1a0f47a5b7c898f724";
        assertThat(RunFacts.buildCommit(properties("git.commit.id.full=" + id + "\ngit.dirty=false\n")))
                .isEqualTo(id);
        assertThat(RunFacts.buildCommit(properties("git.commit.id.full=" + id + "\ngit.dirty=true\n")))
                .isEqualTo(id + "-dirty");
    }

    @Test
    void aBuildOutsideGitRecordsNoCommit() {
        assertThat(RunFacts.buildCommit(null)).isNull();
        assertThat(RunFacts.buildCommit(properties("git.commit.id.full=${git.commit.id.full}\n")))
                .isNull();
        assertThat(RunFacts.buildCommit(properties("#Generated\n"))).isNull();
    }
}
