package org.lstm97.tasks.reber;

/**
 * What the Reber tasks train towards at each step [PAPER.md §3.1, U4]. In YAML: {@code next-symbol} (default) or
 * {@code legal-successors}.
 */
public enum TargetCoding {
    /** One-hot of the symbol that actually comes next (the RTRL/Elman literature's framing; PAPER.md's default). */
    NEXT_SYMBOL,
    /** Multi-hot of every symbol the grammar allows next (Reber's own coding). */
    LEGAL_SUCCESSORS
}
