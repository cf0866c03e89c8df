package org.harmwatch.app;

/** A setting that is missing or wrong; the message names the setting and its value. */
public final class ConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigurationException(String message) {
    super(message);
  }
}
