package org.lstm97.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.lstm97.core.config.ConfigException;
import org.lstm97.reports.text.NumberText;

class FormatTest {

    @Test
    void parsesTheCliList() {
        assertThat(Format.parse("md, TEX,html,csv")).isEqualTo(Format.all());
        assertThat(Format.parse("csv")).isEqualTo(EnumSet.of(Format.CSV));
    }

    @Test
    void namesTheKnownFormatsWhenOneIsUnknown() {
        assertThatThrownBy(() -> Format.parse("md,pdf"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown report format 'pdf'; known: md, tex, html, csv");
        assertThatThrownBy(() -> Format.parse(" , "))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("no report format given");
    }

    @Test
    void numbersPrintTheSameEverywhere() {
        assertThat(NumberText.count(74000.4)).isEqualTo("74,000");
        assertThat(NumberText.count(1272999.5)).isEqualTo("1,273,000");
        assertThat(NumberText.smallCount(0.8)).isEqualTo("0.8");
        assertThat(NumberText.smallCount(3.0)).isEqualTo("3");
        assertThat(NumberText.measure(0.000195)).isEqualTo("0.000195");
        assertThat(NumberText.measure(0.01500)).isEqualTo("0.015");
        assertThat(NumberText.percent(0.966)).isEqualTo("97%");
    }
}
