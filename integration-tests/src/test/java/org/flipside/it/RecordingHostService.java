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
  private final List<T> refused = new CopyOnWriteArrayList<>();
  /** How many more to take before refusing one; below zero, none is refused but while down. */
  private final AtomicInteger untilRefusal = new AtomicInteger(-1);
  private final String name;

  RecordingHostService(String name) {
    this.name = name;
  }

  /** Keeps the delivery, or refuses it while the service is down or when it is the one to refuse. */
  void record(T delivery) {
    if (down.get() || untilRefusal.getAndUpdate(left -> left < 0 ? left : left - 1) == 0) {
      refused.add(delivery);
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

  /** Takes the next {@code accepted} deliveries, then refuses one, as a service refuses a message it cannot read. */
  void refuseOneAfter(int accepted) {
    untilRefusal.set(accepted);
  }

  /** How many deliveries were refused. */
  int refused() {
    return refused.size();
  }

  /** The deliveries refused, in order. */
  List<T> refusedDeliveries() {
    return List.copyOf(refused);
  }

  List<T> delivered() {
    return List.copyOf(delivered);
  }
}
