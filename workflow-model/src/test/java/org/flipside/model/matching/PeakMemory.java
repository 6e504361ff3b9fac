package org.flipside.model.matching;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * Times one run and measures its peak memory, two ways: the Java heap, from each heap pool's peak usage after a GC
 * and a reset (summing per-pool peaks, so a slight over-estimate), less what was in use before; and the process's
 * resident memory, sampled every millisecond from /proc (it sees native memory, such as OR-Tools'), less what was
 * resident before.
 */
final class PeakMemory {

  /** What a run returned, how long it took and how much memory it took at most, in MiB. */
  record Measured<T>(T value, double seconds, double heapMib, double residentMib) {
  }

  private static final double MIB = 1024 * 1024;

  private PeakMemory() {
  }

  static <T> Measured<T> measure(Supplier<T> run) {
    List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    System.gc();
    long heapBefore = 0;
    for (MemoryPoolMXBean pool : heapPools) {
      pool.resetPeakUsage();
      heapBefore += pool.getUsage().getUsed();
    }
    ResidentSampler sampler = new ResidentSampler();
    sampler.start();
    long start = System.nanoTime();
    T value = run.get();
    double seconds = (System.nanoTime() - start) / 1e9;
    long residentPeak = sampler.stopAndPeak();
    long heapPeak = 0;
    for (MemoryPoolMXBean pool : heapPools) {
      heapPeak += pool.getPeakUsage().getUsed();
    }
    return new Measured<>(value, seconds, (heapPeak - heapBefore) / MIB,
        Math.max(0, residentPeak - sampler.before) / MIB);
  }

  /** Samples VmRSS from /proc/self/status on a daemon thread. */
  private static final class ResidentSampler extends Thread {
    final long before = resident();
    private volatile boolean running = true;
    private volatile long peak = before;

    ResidentSampler() {
      setDaemon(true);
    }

    @Override
    public void run() {
      while (running) {
        peak = Math.max(peak, resident());
        try {
          Thread.sleep(1);
        } catch (InterruptedException stop) {
          return;
        }
      }
    }

    long stopAndPeak() {
      running = false;
      try {
        join();
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
      return Math.max(peak, resident());
    }

    private static long resident() {
      try {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
          if (line.startsWith("VmRSS:")) {
            return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
          }
        }
      } catch (IOException | NumberFormatException notLinux) {
        return 0;
      }
      return 0;
    }
  }
}
