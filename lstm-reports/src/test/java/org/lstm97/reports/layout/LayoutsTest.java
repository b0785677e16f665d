package org.lstm97.reports.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LayoutsTest {

    static Stream<Arguments> paperColumns() {
        return Stream.of(
                Arguments.of("1", List.of("learning rate", "# weights", "% of success", "success after")),
                Arguments.of(
                        "2", List.of("Delay p", "Learning rate", "# weights", "% Successful trials", "Success after")),
                Arguments.of("2b", List.of("Delay p", "# weights", "% successful", "Success after")),
                Arguments.of(
                        "3",
                        List.of(
                                "q (time lag −1)",
                                "p (# random inputs)",
                                "q/p",
                                "# weights",
                                "% success",
                                "Success after")),
                Arguments.of(
                        "4",
                        List.of(
                                "T",
                                "N",
                                "stop: ST1",
                                "stop: ST2",
                                "# weights",
                                "ST2: fraction misclassified",
                                "% success")),
                Arguments.of(
                        "5",
                        List.of(
                                "T",
                                "N",
                                "stop: ST1",
                                "stop: ST2",
                                "# weights",
                                "ST2: fraction misclassified",
                                "% success")),
                Arguments.of(
                        "6",
                        List.of(
                                "T",
                                "N",
                                "stop",
                                "# weights",
                                "fraction misclassified",
                                "av. difference to mean",
                                "% success")),
                Arguments.of(
                        "7",
                        List.of("T", "minimal lag", "# weights", "# wrong predictions", "Success after", "% success")),
                Arguments.of(
                        "8",
                        List.of(
                                "T",
                                "minimal lag",
                                "# weights",
                                "n_seq",
                                "# wrong predictions",
                                "MSE",
                                "Success after",
                                "% success")),
                Arguments.of("9", List.of("# weights", "# wrong predictions", "Success after", "% success")));
    }

    @ParameterizedTest
    @MethodSource("paperColumns")
    void everyPaperTableHasThePapersColumnsInOrderThenTrials(String table, List<String> columns) {
        TableLayout layout = Layouts.forTable(table);

        assertThat(Layouts.isKnown(table)).isTrue();
        assertThat(layout.headers())
                .containsExactlyElementsOf(Stream.concat(columns.stream(), Stream.of("trials (solved/run)"))
                        .toList());
    }

    @Test
    void knowsTheTablesOfThePaperInOrder() {
        assertThat(Layouts.knownTables()).containsExactly("1", "2", "2b", "3", "4", "5", "6", "7", "8", "9");
    }

    @Test
    void anUnknownTableGetsTheGenericLayout() {
        assertThat(Layouts.isKnown("11")).isFalse();
        assertThat(Layouts.forTable("11").table()).isEqualTo("*");
    }

    @Test
    void ordersTablesAsThePaperDoes() {
        assertThat(Stream.of("X1", "10", "2b", "9", "2", "1")
                        .sorted(ReportBuilder.TABLE_ORDER)
                        .toList())
                .containsExactly("1", "2", "2b", "9", "10", "X1");
    }
}
