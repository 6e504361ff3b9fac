package org.flipside.sandbox;

import picocli.CommandLine.Option;

/** The options that make the synthetic organisation, shared by the sandbox's commands. */
final class OrganisationOptions {

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
      description = "Seed for the organisation and, in a simulation, every simulated choice "
          + "(default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--employees", paramLabel = "E", defaultValue = "400",
      description = "Employees in the synthetic organisation (default: ${DEFAULT-VALUE}).")
  int employees;
}
