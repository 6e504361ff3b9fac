package org.flipside.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A host service that keeps whatever Flipside delivers to it, for the tests to read, and can be
 * taken down like a real one: while down it refuses every delivery.
 */
abstract class RecordingHostService<T> {

  private final List<T> delivered = new CopyOnWriteArrayList<>();
  private final AtomicBoolean down = new AtomicBoolean();
  private final AtomicInteger refused = new AtomicInteger();
  private final String name;

  RecordingHostService(String name) {
    this.name = name;
  }

  /** Keeps the delivery, or refuses it while the service is down. */
  void record(T delivery) {
    if (down.get()) {
      refused.incrementAndGet();
      throw new IllegalStateException("the host's " + name + " is down");
    }
    delivered.add(delivery);
  }

  void goDown() {
    down.set(true);
  }

  void comeBack() {
    down.set(false);
  }

  /** How many deliveries were refused while down. */
  int refused() {
    return refused.get();
  }

  List<T> delivered() {
    return List.copyOf(delivered);
  }
}
