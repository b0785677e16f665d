package org.lstm97.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SequenceTest {

    @Test
    void oneHotStepsReadLikeDenseOnes() {
        Sequence s = Sequence.builder(3, 4, 2)
                .oneHot(0, 2)
                .oneHot(1, 0)
                .oneHot(2, 3)
                .target(2, 1, 1.0)
                .build();
        assertThat(s.isOneHot()).isTrue();
        assertThat(s.activeInput(1)).isZero();
        assertThat(s.input(0, 2)).isEqualTo(1.0);
        assertThat(s.input(0, 1)).isZero();
        assertThat(s.inputs()).containsExactly(0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1);
        assertThat(s.lastTargetStep()).isEqualTo(2);
        assertThat(s.hasTarget(1)).isFalse();
        assertThat(s.cleanTarget(2, 1)).isEqualTo(1.0);
    }

    @Test
    void denseSequencesHaveNoActiveInput() {
        Sequence s = Sequence.builder(2, 2, 1)
                .input(1, 1, 0.5)
                .target(1, 0, 0.25)
                .cleanTarget(1, 0, 0.2)
                .build();
        assertThat(s.isOneHot()).isFalse();
        assertThat(s.activeInput(0)).isEqualTo(-1);
        assertThat(s.inputs()).containsExactly(0, 0, 0, 0.5);
        assertThat(s.target(1, 0)).isEqualTo(0.25);
        assertThat(s.cleanTarget(1, 0)).isEqualTo(0.2);
    }

    @Test
    void refusesMixedAndIncompleteOneHotSequences() {
        assertThatThrownBy(() -> Sequence.builder(2, 2, 1).input(0, 0, 1).oneHot(1, 1))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Sequence.builder(2, 2, 1).oneHot(0, 1).build())
                .hasMessageContaining("no active input at step 1");
        assertThatThrownBy(() -> Sequence.builder(2, 2, 1).oneHot(0, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
