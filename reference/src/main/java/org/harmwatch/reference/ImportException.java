package org.harmwatch.reference;

/**
 * A file that cannot be imported at all (wrong encoding, missing columns, not CSV); the message
 * names what is wrong and, where it helps, how to fix it. Nothing of the file is stored.
 */
public final class ImportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ImportException(String message) {
    super(message);
  }
}
