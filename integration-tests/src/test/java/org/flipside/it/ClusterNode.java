package org.flipside.it;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flipside.api.Flipside;
import org.flipside.embed.EmbeddedFlipside;
import org.flipside.embed.FlipsideSettings;
import org.flipside.embed.JobExecutorSettings;
import org.flipside.sandbox.host.SandboxKeys;
import org.flipside.spi.Notification;
import org.flipside.spi.Notifier;

/**
 * One node of a Flipside cluster in a JVM of its own, for {@link ClusterOfJvmsOnPostgresTest}: Flipside embedded on
 * a pool of its own on the shared PostgreSQL schema, with its job executor and its postman's rounds running, on the
 * cluster's shared clock (a file the test moves on). Every message its notifier takes is written, one line each, to
 * a delivery log of its own, so the test can count deliveries across nodes, including those of a node it killed.
 * Once started, the node writes its job executor's lock owner to {@code <name>.ready}; it stops when {@code stop}
 * appears.
 *
 * <p>Arguments: JDBC URL, user, the cluster's folder, the node's name, the staff {@link TestOrganisation#withStaff}
 * adds.
 */
public final class ClusterNode {

  /** Short, so a killed node's jobs are soon taken by the others; longer than any job here takes. */
  static final JobExecutorSettings JOBS = new JobExecutorSettings(Duration.ofSeconds(20), 2, 3, Duration.ofMillis(250));
  static final String CLOCK = "clock";
  static final String STOP = "stop";

  private ClusterNode() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String user = args[1];
    Path folder = Path.of(args[2]);
    String name = args[3];
    int staff = Integer.parseInt(args[4]);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setMaximumPoolSize(JOBS.threads() + 4);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    try (HikariDataSource pool = new HikariDataSource(config);
        DeliveryLog deliveries = new DeliveryLog(folder.resolve(name + ".deliveries"))) {
      Flipside flipside = EmbeddedFlipside.start(new FlipsideSettings(pool, TestOrganisation.withStaff(staff),
          deliveries, new RecordingCalendar(), new FileClock(folder.resolve(CLOCK)), true)
          .withReflectionKey(SandboxKeys.reflectionKey())
          .withJobExecutor(JOBS));
      Files.writeString(folder.resolve(name + ".ready"), lockOwner());
      while (!Files.exists(folder.resolve(STOP))) {
        Thread.sleep(200);
      }
      flipside.close();
    }
  }

  /** The lock owner this node's job executor writes on the jobs it takes. */
  private static String lockOwner() {
    ProcessEngine engine = ProcessEngines.getProcessEngines().values().iterator().next();
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().getLockOwner();
  }

  /** Sets the cluster's clock, as every node reads it. */
  static void setTime(Path folder, Instant now) {
    try {
      Path written = Files.writeString(folder.resolve(CLOCK + ".next"), now.toString());
      Files.move(written, folder.resolve(CLOCK), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ids of the messages a delivery log holds, one per delivery. */
  static List<String> deliveredIds(Path log) {
    try {
      return Files.exists(log) ? Files.readAllLines(log).stream().filter(line -> !line.isBlank())
          .map(line -> line.split(" ")[0]).toList() : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The cluster's shared clock: the instant the test last wrote to a file, read again at most every 50 ms. Every
   * node (and the test's own Flipside) reads the same file, as nodes kept by NTP read the same time.
   */
  static final class FileClock extends Clock {

    private final Path file;
    private volatile Instant now;
    private volatile long readAt;

    FileClock(Path file) {
      this.file = file;
      this.now = read();
      this.readAt = System.nanoTime();
    }

    @Override
    public Instant instant() {
      if (System.nanoTime() - readAt > 50_000_000L) {
        now = read();
        readAt = System.nanoTime();
      }
      return now;
    }

    private Instant read() {
      try {
        return Instant.parse(Files.readString(file).trim());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the cluster's clock is in UTC");
    }
  }

  /**
   * A notifier that writes each message it takes to a file, a line each, before returning: a write the operating
   * system took survives the process being killed.
   */
  static final class DeliveryLog implements Notifier, AutoCloseable {

    private final FileChannel channel;

    DeliveryLog(Path file) throws IOException {
      this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.APPEND);
    }

    @Override
    public synchronized void deliver(Notification notification) {
      String line = notification.id() + " " + notification.topic() + " " + notification.recipientId() + "\n";
      try {
        channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() throws IOException {
      channel.close();
    }
  }
}
