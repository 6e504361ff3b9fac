package org.flipside.internal.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * Runs work as engine commands. Work run {@link #asOne as one command} shares one command context with every engine
 * call made inside it: what the engine reads is cached once for all of them and flushed once at the end, where each
 * call of its own would load the task's process tree again and flush again.
 */
public final class EngineCommands {

  private final CommandExecutor executor;

  public EngineCommands(ProcessEngine engine) {
    this.executor = ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getCommandExecutorTxRequired();
  }

  /** Runs the work, and every engine call it makes, as one engine command. */
  public <T> T asOne(Supplier<T> work) {
    return executor.execute(context -> work.get());
  }

  /**
   * Runs the command inside the engine command under way on this thread, or as a command of its own when there is
   * none. Inside one it bypasses the engine's transaction interceptor, so a failure reaches the caller without
   * marking the transaction for rollback: the caller decides what it means.
   */
  public <T> T execute(Command<T> command) {
    CommandContext current = Context.getCommandContext();
    return current == null ? executor.execute(command) : command.execute(current);
  }
}
