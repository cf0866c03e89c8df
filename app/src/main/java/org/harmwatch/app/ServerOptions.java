package org.harmwatch.app;

import picocli.CommandLine.Option;

/** The HTTP options shared by {@code serve} and {@code demo}. */
public final class ServerOptions {
  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "${env:HARMWATCH_PORT:-7070}",
      description = "HTTP port (default 7070). Env HARMWATCH_PORT.")
  int port;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      defaultValue = "${env:HARMWATCH_HOST:-0.0.0.0}",
      description = "Address to bind (default 0.0.0.0). Env HARMWATCH_HOST.")
  String host;

  @Option(
      names = "--secure-cookie",
      defaultValue = "${env:HARMWATCH_SECURE_COOKIE:-false}",
      description =
          "Mark the session cookie Secure: set it when users reach the app over HTTPS (e.g. behind"
              + " a TLS proxy). Env HARMWATCH_SECURE_COOKIE.")
  boolean secureCookie;

  @Option(
      names = "--watch",
      negatable = true,
      defaultValue = "${env:HARMWATCH_WATCH:-true}",
      fallbackValue = "true",
      description =
          "Poll the watched sources on their schedule while serving (default on; --no-watch"
              + " leaves polling to 'harmwatch sources poll'). Env HARMWATCH_WATCH.")
  boolean watch;

  /** The port, checked; throws {@link IllegalArgumentException} naming a bad one. */
  int port() {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be 0..65535, was " + port);
    }
    return port;
  }
}
