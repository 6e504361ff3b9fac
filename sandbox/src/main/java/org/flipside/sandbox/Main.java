package org.flipside.sandbox;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The sandbox's command line: {@code java -jar flipside-sandbox.jar simulate [options]}. Without a
 * subcommand it prints its usage.
 */
@Command(
    name = "flipside-sandbox",
    mixinStandardHelpOptions = true,
    version = "Flipside sandbox 0.1.0",
    description = "A stand-in host platform that runs Flipside on one machine.",
    subcommands = {SimulateCommand.class, ServeCommand.class, BenchmarkCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @Spec
  private CommandSpec spec;

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
