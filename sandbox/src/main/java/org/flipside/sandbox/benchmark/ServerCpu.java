package org.flipside.sandbox.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The CPU a PostgreSQL server on this machine has used: user and system time summed over every process whose command
 * is {@code postgres}, read from {@code /proc}, with the time of the children each has reaped, so that a backend whose
 * connection closed between two samples still counts (its time moves to the postmaster that forked it). It is the
 * whole server's, every database's and its background workers', so a difference between two samples means something
 * only on an otherwise idle server.
 */
final class ServerCpu {

  private static final Path PROC = Path.of("/proc");
  private static final String COMMAND = "postgres";
  /** Linux counts a process's times in USER_HZ ticks, 100 a second on every architecture. */
  private static final long NANOS_PER_TICK = 10_000_000L;

  private ServerCpu() {
  }

  /**
   * Nanoseconds of CPU the server's processes have used so far.
   *
   * @throws IllegalStateException when no {@code postgres} process is to be seen, as when the server runs elsewhere
   */
  static long sample() {
    long ticks = 0;
    int processes = 0;
    try (Stream<Path> entries = Files.list(PROC)) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        if (!entry.getFileName().toString().chars().allMatch(Character::isDigit)) {
          continue;
        }
        long used = ticksOf(entry.resolve("stat"));
        if (used >= 0) {
          ticks += used;
          processes++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + PROC, e);
    }
    if (processes == 0) {
      throw new IllegalStateException("no " + COMMAND + " process in " + PROC
          + ": the server's CPU can be read only when it runs on this machine");
    }
    return ticks * NANOS_PER_TICK;
  }

  /** The process's utime and stime with its reaped children's, or -1 when it is not the server's or has ended. */
  private static long ticksOf(Path stat) {
    String line;
    try {
      line = Files.readString(stat);
    } catch (IOException endedOrHidden) {
      // a process that ended since /proc was listed, or one this user may not read
      return -1;
    }
    int open = line.indexOf('(');
    int close = line.lastIndexOf(')');
    if (open < 0 || close < open || !line.substring(open + 1, close).equals(COMMAND)) {
      return -1;
    }
    // after the command: state, ppid, pgrp, session, tty_nr, tpgid, flags, minflt, cminflt, majflt, cmajflt, utime,
    // stime, cutime, cstime (proc(5) fields 3 to 17)
    String[] fields = line.substring(close + 2).trim().split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
        + Long.parseLong(fields[14]);
  }
}
