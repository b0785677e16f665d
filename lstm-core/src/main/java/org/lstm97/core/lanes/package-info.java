/**
 * The lane engine: the trials of one 1997-LSTM row trained side by side, one per SIMD lane of the Vector API
 * ({@code jdk.incubator.vector}), each lane doing exactly its own trial's arithmetic, so that every result
 * equals the one-trial learner's bit for bit. {@link org.lstm97.core.lanes.LaneEngine} is the entry;
 * {@link org.lstm97.core.lanes.LaneLstm} the K-lane net, {@link org.lstm97.core.lanes.LaneTrainer} the
 * per-lane training bookkeeping, {@link org.lstm97.core.lanes.LaneEvaluator} frozen evaluations in lanes.
 */
package org.lstm97.core.lanes;
