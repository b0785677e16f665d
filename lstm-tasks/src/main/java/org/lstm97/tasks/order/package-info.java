/**
 * Experiment 6 [NC97 Sec. 5.6, PAPER.md §3.10]: temporal order ({@code temporal-order}, variants 6a with two
 * relevant symbols and four classes, 6b with three and eight).
 */
package org.lstm97.tasks.order;
