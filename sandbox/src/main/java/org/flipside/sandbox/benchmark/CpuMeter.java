package org.flipside.sandbox.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** Wall time, the calling thread's CPU and the whole process's CPU, so a busy machine's noise can be told apart. */
final class CpuMeter {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean SYSTEM =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private CpuMeter() {
  }

  static Sample sample() {
    return new Sample(System.nanoTime(), THREADS.getCurrentThreadCpuTime(), SYSTEM.getProcessCpuTime());
  }

  /** Nanoseconds at one moment; {@link #since} gives those between two. */
  record Sample(long wall, long threadCpu, long processCpu) {
    Sample since(Sample earlier) {
      return new Sample(wall - earlier.wall, threadCpu - earlier.threadCpu, processCpu - earlier.processCpu);
    }
  }
}
