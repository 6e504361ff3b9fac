package org.flipside.sandbox.simulation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.flipside.api.OpenTask;

/**
 * A task the simulation found in employees' inboxes, with everyone whose inbox shows it: the one
 * assignee, or both partners of a pair for a task offered to either.
 *
 * @param task the task as Flipside lists it
 * @param seenBy the employees who see it, in id order
 */
record FoundTask(OpenTask task, SortedSet<String> seenBy) {

  /**
   * An order that does not depend on task ids, which Flipside draws at random: by creation, then
   * form, then who sees it, then the task's plain-text data.
   */
  static final Comparator<FoundTask> STABLE_ORDER = Comparator
      .comparing((FoundTask found) -> found.task().createdAt())
      .thenComparing(found -> found.task().formId())
      .thenComparing(found -> String.join(",", found.seenBy()))
      .thenComparing(FoundTask::textData);

  String formId() {
    return task.formId();
  }

  String id() {
    return task.id();
  }

  /** The only employee who sees the task, or the first in id order. */
  String firstViewer() {
    return seenBy.first();
  }

  /** A text value of the task's data, or {@code null}. */
  String text(String key) {
    Object value = task.data().get(key);
    return value == null ? null : value.toString();
  }

  /** The values of a dynamic option list in the task's data, in the order given. */
  @SuppressWarnings("unchecked")
  List<String> optionValues(String key) {
    Object options = task.data().get(key);
    if (!(options instanceof List<?> list)) {
      return List.of();
    }
    return list.stream().map(option -> String.valueOf(((Map<String, Object>) option).get("value"))).toList();
  }

  private String textData() {
    return new TreeMap<>(task.data()).entrySet().stream()
        .filter(entry -> entry.getValue() instanceof String)
        .map(entry -> entry.getKey() + "=" + entry.getValue())
        .collect(Collectors.joining(";"));
  }
}
