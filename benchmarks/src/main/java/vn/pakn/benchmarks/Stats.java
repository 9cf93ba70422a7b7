package vn.pakn.benchmarks;

import java.util.Arrays;
import java.util.List;

/** Percentiles (nearest rank) and medians. */
final class Stats {

  private Stats() {}

  /** The p-th percentile (0–100) of the values, nearest rank; the array is sorted in place. */
  static long percentile(long[] values, double p) {
    if (values.length == 0) {
      return 0;
    }
    Arrays.sort(values);
    int rank = (int) Math.ceil(p / 100.0 * values.length);
    return values[Math.min(values.length - 1, Math.max(0, rank - 1))];
  }

  static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int m = v.length / 2;
    return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
  }

  static double min(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  /** "median (min–max)" with the given format for each figure. */
  static String spread(List<Double> values, String format) {
    return String.format(format, median(values)) + " (" + String.format(format, min(values)) + "–"
        + String.format(format, max(values)) + ")";
  }

  static double ms(long nanos) {
    return nanos / 1e6;
  }
}
