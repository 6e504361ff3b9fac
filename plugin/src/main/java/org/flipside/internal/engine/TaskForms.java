package org.flipside.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;

/**
 * Reads an open task's deployed form. A task completed or ended elsewhere since it was listed has none: the engine's
 * own read would throw then, and a failed engine command would doom the caller's whole transaction.
 */
public final class TaskForms {

  private final EngineCommands commands;

  public TaskForms(ProcessEngine engine) {
    this.commands = new EngineCommands(engine);
  }

  /** The task's deployed form, as its JSON; none when the task no longer exists. */
  public Optional<String> json(String taskId) {
    return commands.execute(context -> {
      if (context.getTaskManager().findTaskById(taskId) == null) {
        return Optional.<String>empty();
      }
      try (InputStream json = new GetDeployedTaskFormCmd(taskId).execute(context)) {
        return Optional.of(new String(json.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
