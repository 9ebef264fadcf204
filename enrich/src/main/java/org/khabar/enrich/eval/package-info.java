/**
 * Evaluation against a gold file with the rules of {@code shared/eval/score.py}: {@link
 * org.khabar.enrich.eval.Scorer} scores enriched records (the same figures and log lines as
 * score.py), {@link org.khabar.enrich.eval.Evaluator} enriches raw articles first. Backs {@code
 * khabar eval GOLD ARTICLES}.
 */
package org.khabar.enrich.eval;
