package org.lstm97.experiments.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every citation of the paper's description points into {@code docs/PAPER.md}: a "§1.6" or "U17" in code or
 * documents must name a heading of PAPER.md that carries that § number or U number, and nothing cites the
 * specification notes this project was started from (they are not part of it). Citations of sections of other
 * documents (e.g. "BASELINES.md §5") are not PAPER.md's.
 */
class PaperCitationsTest {
    static final Path ROOT = GeneratedDocsTest.ROOT;
    static final Path PAPER = ROOT.resolve("docs/PAPER.md");
    /** Folders never scanned: build output, version control, measured results. */
    static final Set<String> SKIPPED_DIRS = Set.of(".git", "target", "results", ".idea", "node_modules");

    static final List<String> TEXT_FILES =
            List.of(".java", ".md", ".yaml", ".yml", ".sh", ".xml", ".py", ".tsv", ".properties", ".txt");

    static final Pattern HEADING = Pattern.compile("^#{1,6} (§[0-9]+(?:\\.[0-9]+)*|U[0-9]+)(?= |$)", Pattern.MULTILINE);
    static final Pattern SECTION = Pattern.compile("§[0-9]+(?:\\.[0-9]+)*");
    static final Pattern REGISTER = Pattern.compile("(?<![A-Za-z0-9+_-])U[0-9]{1,3}(?![0-9A-Za-z+_])");
    /** A citation of the old specification notes (outside this repository). */
    static final Pattern OLD_SPEC = Pattern.compile("SPEC(?= §| U[0-9]| [0-9]| INTERP|'s|\\.md| leaves| reading)"
            + "|(?<=\\[|the |in )SPEC\\b|/work/" + "shared|\\.\\./" + "shared/");

    static final Pattern OLD_SPEC_IN_PROSE = Pattern.compile("\\bSPEC\\b");

    private static Set<String> headings;

    @BeforeAll
    static void readHeadings() throws IOException {
        headings = headings(Files.readString(PAPER, StandardCharsets.UTF_8));
    }

    @Test
    void paperMdCarriesEverySectionAndRegisterItem() {
        assertThat(headings)
                .contains("§1.1", "§1.4", "§1.6", "§1.9", "§1.10.3", "§1.10.7", "§2", "§3.1", "§3.10", "§4", "§5");
        for (int u = 1; u <= 19; u++) {
            assertThat(headings).contains("U" + u);
        }
    }

    @Test
    void everyCitationNamesAHeadingOfPaperMd() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path file : textFiles()) {
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                for (String citation : citations(lines.get(i))) {
                    if (!headings.contains(citation)) {
                        broken.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + citation);
                    }
                }
            }
        }
        assertThat(broken).as("citations without a heading in docs/PAPER.md").isEmpty();
    }

    @Test
    void nothingCitesTheOldSpecificationNotes() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : textFiles()) {
            List<String> lines = lines(file);
            boolean prose = !file.toString().endsWith(".java");
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (OLD_SPEC.matcher(line).find()
                        || prose && OLD_SPEC_IN_PROSE.matcher(line).find()) {
                    found.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + line.strip());
                }
            }
        }
        assertThat(found).as("cite docs/PAPER.md instead").isEmpty();
    }

    @Test
    void theCheckFindsAMissingHeading() {
        // the checks can fail: a section, a register item and an old-style citation that do not resolve
        // (split literals, so this file's own scan does not find them)
        String missingSection = "§" + "9.9";
        String missingItem = "U" + "42";
        assertThat(citations("see PAPER.md §1.6 and " + missingSection + ", U17 and " + missingItem
                        + "; BASELINES.md §5, §11 item 1"))
                .containsExactly("§1.6", missingSection, "U17", missingItem);
        assertThat(headings).doesNotContain(missingSection, missingItem);
        assertThat(OLD_SPEC.matcher("the truncated rule (" + "SP" + "EC §1.6)").find())
                .isTrue();
        assertThat(OLD_SPEC.matcher("private static final String SPEC = \"\"\"").find())
                .isFalse();
        assertThat(headings("## §1 A\n### §1.10.3 B\n### U7 C\n#### not §2\n")).containsExactly("§1", "§1.10.3", "U7");
    }

    /** The § and U numbers the headings of a Markdown text carry. */
    static Set<String> headings(String markdown) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = HEADING.matcher(markdown);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /**
     * The PAPER.md citations on one line: every "§x.y" (except those after a mention of another document,
     * "BASELINES", on the same line) and every register item "U17".
     */
    static List<String> citations(String line) {
        List<String> out = new ArrayList<>();
        Matcher s = SECTION.matcher(line);
        while (s.find()) {
            String before = line.substring(0, s.start());
            int other = before.lastIndexOf("BASELINES");
            if (other < 0 || before.indexOf("PAPER.md", other) >= 0) {
                out.add(s.group());
            }
        }
        Matcher u = REGISTER.matcher(line);
        while (u.find()) {
            out.add(u.group());
        }
        return out;
    }

    /** A file's lines; bytes that are not UTF-8 (the bad-input corpus has such a file) read as U+FFFD. */
    static List<String> lines(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                .lines()
                .toList();
    }

    static List<Path> textFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(ROOT)) {
            all.filter(Files::isRegularFile)
                    .filter(p -> TEXT_FILES.stream()
                            .anyMatch(ext -> p.getFileName().toString().endsWith(ext)))
                    .filter(p -> {
                        for (Path part : ROOT.relativize(p)) {
                            if (SKIPPED_DIRS.contains(part.toString())) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .sorted()
                    .forEach(files::add);
        }
        return files;
    }
}
