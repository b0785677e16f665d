package org.lstm97.reports.render;

import java.util.List;
import org.lstm97.reports.layout.Cell;
import org.lstm97.reports.layout.PaperTable;
import org.lstm97.reports.layout.ReferenceLines;
import org.lstm97.reports.layout.Report;
import org.lstm97.reports.layout.ReportRow;

/**
 * One paper table as a LaTeX document that compiles on its own (article class, booktabs, landscape A4).
 * The text is escaped to plain ASCII LaTeX, so no input encoding package is needed.
 */
public final class LatexRenderer {

    public String render(Report report, PaperTable table) {
        StringBuilder tex = new StringBuilder();
        tex.append("\\documentclass[10pt]{article}\n")
                .append("\\usepackage[a4paper,landscape,margin=1.5cm]{geometry}\n")
                .append("\\usepackage{booktabs}\n")
                .append("\\usepackage{graphicx}\n")
                .append("\\pagestyle{empty}\n")
                .append("\\begin{document}\n\n");
        tex.append("\\section*{").append(escape(table.name() + ": " + table.title())).append("}\n\n");
        tex.append("\\noindent\n");
        for (String[] fact : report.facts().entries()) {
            tex.append(escape(fact[0])).append(": ").append(escape(fact[1])).append("\\\\\n");
        }
        tex.append("experiments: ")
                .append(escape(String.join(", ", table.experiments().stream().map(e -> e.experiment()).toList())))
                .append("\n\n");
        tex.append("\\noindent ").append(escape(report.rule())).append("\n\n");
        tex.append("\\begin{table}[h]\n\\centering\n\\footnotesize\n");
        // shrink a table wider than the page, leave a narrower one as it is
        tex.append("\\resizebox{\\ifdim\\width>\\linewidth\\linewidth\\else\\width\\fi}{!}{%\n");
        tex.append("\\begin{tabular}{l").append("l".repeat(table.headers().size())).append("l}\n\\toprule\n");
        tex.append("Row");
        table.headers().forEach(h -> tex.append(" & ").append(escape(h)));
        tex.append(" & verdict \\\\\n\\midrule\n");
        for (ReportRow row : table.rows()) {
            tex.append(escape(row.label()));
            if (row.quoted() != null) {
                tex.append(" \\emph{(quoted: ").append(escape(row.quoted())).append(")}");
            }
            for (Cell cell : row.cells()) {
                tex.append(" & ").append(cell.compares() ? escape(cell.paper()) + " $\\mid$ " + escape(cell.ours())
                        : escape(cell.ours()));
            }
            tex.append(" & ").append(escape(row.judgement().label())).append(" \\\\\n");
        }
        tex.append("\\bottomrule\n\\end{tabular}}\n");
        tex.append("\\par\\smallskip\n").append(escape(table.layout().caption() + " Each cell: paper | ours."))
                .append('\n');
        tex.append("\\end{table}\n\n");
        tex.append("\\begin{itemize}\n");
        for (ReportRow row : table.rows()) {
            tex.append("\\item ").append(escape(row.label())).append(": ")
                    .append(escape(row.judgement().label() + " -- " + row.judgement().reason())).append('\n');
            List<String[]> references = ReferenceLines.of(row);
            if (!references.isEmpty()) {
                tex.append("\\begin{itemize}\n");
                references.forEach(l -> tex.append("\\item \\emph{").append(escape(l[0])).append(":} ")
                        .append(escape(l[1])).append('\n'));
                tex.append("\\end{itemize}\n");
            }
        }
        tex.append("\\end{itemize}\n\n\\end{document}\n");
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
