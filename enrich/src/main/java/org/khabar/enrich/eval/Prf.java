package org.khabar.enrich.eval;

/** True positives, false positives and false negatives, with score.py's rounded precision, recall and F1. */
public record Prf(int tp, int fp, int fn) {
    public static final Prf ZERO = new Prf(0, 0, 0);

    Prf plus(int dtp, int dfp, int dfn) {
        return new Prf(tp + dtp, fp + dfp, fn + dfn);
    }

    private double rawPrecision() {
        return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
    }

    private double rawRecall() {
        return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
    }

    /** Precision rounded to four decimals, as score.py reports it. */
    public double precision() {
        return PyValues.round(rawPrecision(), 4);
    }

    public double recall() {
        return PyValues.round(rawRecall(), 4);
    }

    /** F1 from the unrounded precision and recall, then rounded (score.py's order of operations). */
    public double f1() {
        double p = rawPrecision();
        double r = rawRecall();
        return PyValues.round(p + r == 0 ? 0.0 : 2 * p * r / (p + r), 4);
    }
}
