package ch.ag.funding.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Response times of one kind of request; percentiles by the nearest-rank method. */
final class Latencies {

  private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

  void add(long elapsedNanos) {
    nanos.add(elapsedNanos);
  }

  /** Times the call and records its duration. */
  <T> T time(java.util.function.Supplier<T> call) {
    long started = System.nanoTime();
    T result = call.get();
    add(System.nanoTime() - started);
    return result;
  }

  int count() {
    return nanos.size();
  }

  double percentileMillis(double percentile) {
    List<Long> sorted;
    synchronized (nanos) {
      sorted = new ArrayList<>(nanos);
    }
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    Collections.sort(sorted);
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
    return round(sorted.get(Math.max(0, rank - 1)) / 1e6);
  }

  Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("requests", count());
    summary.put("p50Ms", percentileMillis(50));
    summary.put("p95Ms", percentileMillis(95));
    summary.put("p99Ms", percentileMillis(99));
    summary.put("maxMs", percentileMillis(100));
    return summary;
  }

  static double round(double value) {
    return Math.round(value * 10.0) / 10.0;
  }
}
