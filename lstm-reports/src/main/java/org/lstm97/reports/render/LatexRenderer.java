package org.lstm97.reports.render;

import java.util.List;
import org.lstm97.reports.layout.Cell;
import org.lstm97.reports.layout.PaperTable;
import org.lstm97.reports.layout.ReferenceLines;
import org.lstm97.reports.layout.Report;
import org.lstm97.reports.layout.ReportRow;

/**
 * One table in LaTeX, twice: a fragment ({@code tex/table-7.tex}: a {@code tabular} with {@code booktabs}
 * rules, numeric columns right-aligned, the paper's value and ours in sub-columns under one header) to
 * {@code \\input} into a paper's appendix, and a standalone document ({@code tex/table-7-standalone.tex}:
 * article class, landscape A4, the run facts and verdicts) that inputs the fragment and compiles on its own.
 * The text is escaped to plain ASCII LaTeX, so no input encoding package is needed.
 */
public final class LatexRenderer {

    /** The {@code tabular} of {@code table}; needs {@code \\usepackage{booktabs}} in the including document. */
    public String fragment(Report report, PaperTable table) {
        StringBuilder tex = new StringBuilder();
        tex.append("% ")
                .append(escape(table.name() + ": " + table.title()))
                .append('\n')
                .append("% lstm97 report, profile ")
                .append(escape(report.facts().profile()))
                .append(", commit ")
                .append(escape(report.facts().commit()))
                .append(". Needs \\usepackage{booktabs}.\n");
        if (table.smokeTest()) {
            tex.append("% Smoke test (profile quick): no verdicts.\n");
        } else if (table.judged()) {
            tex.append("% ").append(escape(report.rule())).append('\n');
        }
        StringBuilder spec = new StringBuilder("l");
        StringBuilder groups = new StringBuilder();
        StringBuilder rules = new StringBuilder();
        StringBuilder heads = new StringBuilder("Row");
        int column = 2;
        boolean anyGroup = false;
        for (int c = 0; c < table.headers().size(); c++) {
            String h = escape(table.headers().get(c));
            if (table.compares(c)) {
                spec.append("rr");
                groups.append(" & \\multicolumn{2}{c}{").append(h).append('}');
                rules.append("\\cmidrule(lr){")
                        .append(column)
                        .append('-')
                        .append(column + 1)
                        .append('}');
                heads.append(" & paper & ours");
                column += 2;
                anyGroup = true;
            } else {
                spec.append('r');
                groups.append(" & ");
                heads.append(" & ").append(h);
                column++;
            }
        }
        if (table.judged()) {
            spec.append('l');
            groups.append(" & ");
            heads.append(" & verdict");
        }
        tex.append("\\begin{tabular}{").append(spec).append("}\n\\toprule\n");
        if (anyGroup) {
            tex.append(groups.toString().replaceAll(" +$", ""))
                    .append(" \\\\\n")
                    .append(rules)
                    .append('\n');
        }
        tex.append(heads).append(" \\\\\n\\midrule\n");
        for (ReportRow row : table.rows()) {
            tex.append(escape(row.label()));
            if (row.quoted() != null) {
                tex.append(" \\emph{(quoted: ").append(escape(row.quoted())).append(")}");
            }
            for (int c = 0; c < row.cells().size(); c++) {
                Cell cell = row.cells().get(c);
                if (table.compares(c)) {
                    tex.append(" & ").append(escape(cell.paper() == null ? Cell.NONE : cell.paper()));
                }
                tex.append(" & ").append(escape(cell.ours()));
            }
            if (table.judged()) {
                tex.append(" & ").append(escape(row.judgement().label()));
            }
            tex.append(" \\\\\n");
        }
        tex.append("\\bottomrule\n\\end{tabular}\n");
        return tex.toString();
    }

    /** A document that inputs {@code fragmentFile} (the fragment's file name, beside it) and compiles alone. */
    public String standalone(Report report, PaperTable table, String fragmentFile) {
        StringBuilder tex = new StringBuilder();
        tex.append("\\documentclass[10pt]{article}\n")
                .append("\\usepackage[a4paper,landscape,margin=1.5cm]{geometry}\n")
                .append("\\usepackage{booktabs}\n")
                .append("\\usepackage{graphicx}\n")
                .append("\\pagestyle{empty}\n")
                .append("\\begin{document}\n\n");
        tex.append("\\section*{")
                .append(escape(table.name() + ": " + table.title()))
                .append("}\n\n");
        tex.append("\\noindent\n");
        for (String[] fact : report.facts().entries()) {
            tex.append(escape(fact[0])).append(": ").append(escape(fact[1])).append("\\\\\n");
        }
        tex.append("experiments: ")
                .append(escape(String.join(
                        ", ",
                        table.experiments().stream().map(e -> e.experiment()).toList())))
                .append("\n\n");
        if (table.smokeTest()) {
            tex.append("\\noindent\\textbf{")
                    .append(escape(Report.SMOKE_TEST_NOTE))
                    .append("}\n\n");
        } else if (table.judged()) {
            tex.append("\\noindent ").append(escape(report.rule())).append("\n\n");
        }
        tex.append("\\begin{table}[h]\n\\centering\n\\footnotesize\n");
        // shrink a table wider than the page, leave a narrower one as it is
        tex.append("\\resizebox{\\ifdim\\width>\\linewidth\\linewidth\\else\\width\\fi}{!}{%\n");
        tex.append("\\input{").append(fragmentFile).append("}}\n");
        tex.append("\\par\\smallskip\n")
                .append(escape(table.layout().caption()))
                .append('\n');
        tex.append("\\end{table}\n\n");
        boolean anyReference =
                table.rows().stream().anyMatch(r -> !ReferenceLines.of(r).isEmpty());
        if (table.judged() || anyReference) {
            tex.append("\\begin{itemize}\n");
            for (ReportRow row : table.rows()) {
                tex.append("\\item ").append(escape(row.label()));
                if (table.judged()) {
                    tex.append(": ")
                            .append(escape(row.judgement().label() + " -- "
                                    + row.judgement().reason()));
                }
                tex.append('\n');
                List<String[]> references = ReferenceLines.of(row);
                if (!references.isEmpty()) {
                    tex.append("\\begin{itemize}\n");
                    references.forEach(l -> tex.append("\\item \\emph{")
                            .append(escape(l[0]))
                            .append(":} ")
                            .append(escape(l[1]))
                            .append('\n'));
                    tex.append("\\end{itemize}\n");
                }
            }
            tex.append("\\end{itemize}\n\n");
        }
        tex.append("\\end{document}\n");
        return tex.toString();
    }

    /** Escapes LaTeX specials and replaces the few non-ASCII characters the reports use. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '&', '%', '$', '#', '_', '{', '}' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '<' -> out.append("\\textless{}");
                case '>' -> out.append("\\textgreater{}");
                case '|' -> out.append("$|$");
                case '\u2013' -> out.append("--");
                case '\u2014' -> out.append("---");
                case '\u2212' -> out.append("$-$");
                case '\u00d7' -> out.append("$\\times$");
                case '\u2248' -> out.append("$\\approx$");
                case '\u2264' -> out.append("$\\le$");
                case '\u2265' -> out.append("$\\ge$");
                case '\u2019' -> out.append('\'');
                default -> out.append(c < 128 ? String.valueOf(c) : "?");
            }
        }
        return out.toString();
    }
}
