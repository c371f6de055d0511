package nl.klantarena.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The work a piece of code does, as this thread's CPU time: the least of several runs after
 * warm-up, so that a busy machine (other processes, other threads) does not decide a test of the
 * shape of the work, where a timed limit would.
 */
public final class CpuTime {

  private CpuTime() {}

  /** This thread's CPU time for one run of {@code work}, in nanoseconds. */
  public static long of(Runnable work) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long start = mx.getCurrentThreadCpuTime();
    work.run();
    return mx.getCurrentThreadCpuTime() - start;
  }

  /**
   * How many times the work of {@code large} is that of {@code small}: each run {@code warmUp}
   * times, then the least of {@code runs} measured runs each.
   */
  public static double ratio(Runnable small, Runnable large, int warmUp, int runs) {
    for (int i = 0; i < warmUp; i++) {
      small.run();
      large.run();
    }
    long s = Long.MAX_VALUE;
    long l = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      s = Math.min(s, of(small));
      l = Math.min(l, of(large));
    }
    return (double) l / s;
  }
}
