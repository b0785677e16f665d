package org.lstm97.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapingTest {

    @Test
    void latexEscapesSpecialsAndNonAscii() {
        assertThat(LatexRenderer.escape("Smith & Zipser: 97% of #w_1 {x} ~ ^ \\ 3–5 — ×1.5 q−1 >5"))
                .isEqualTo("Smith \\& Zipser: 97\\% of \\#w\\_1 \\{x\\} \\textasciitilde{} \\textasciicircum{} "
                        + "\\textbackslash{} 3--5 --- $\\times$1.5 q$-$1 \\textgreater{}5");
    }

    @Test
    void markdownEscapesPipesAndTags() {
        assertThat(MarkdownRenderer.escape("a | b <x> *y*")).isEqualTo("a \\| b &lt;x&gt; \\*y\\*");
    }

    @Test
    void htmlEscapesMarkup() {
        assertThat(HtmlRenderer.escape("<a href=\"x\">&</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
    }

    @Test
    void csvQuotesOnlyWhenNeededAndPrintsPlainNumbers() {
        assertThat(CsvRenderer.quote("plain")).isEqualTo("plain");
        assertThat(CsvRenderer.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvRenderer.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvRenderer.quote("two\rlines")).isEqualTo("\"two\rlines\"");
        assertThat(CsvRenderer.quote("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvRenderer.quote("a, \"b\"\r\n")).isEqualTo("\"a, \"\"b\"\"\r\n\"");
        assertThat(CsvRenderer.quote("")).as("an empty first field stays empty").isEmpty();
        assertThat(CsvRenderer.quote("# weights")).isEqualTo("# weights");
        assertThat(CsvRenderer.number(0.000195)).isEqualTo("0.000195");
        assertThat(CsvRenderer.number(1.0 / 3.0)).isEqualTo("0.333333");
        assertThat(CsvRenderer.number(74000.0)).isEqualTo("74000");
        assertThat(CsvRenderer.number(null)).isEmpty();
    }
}
