package org.harmwatch.web;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Password hashing (bcrypt) and the random secrets of sessions and API tokens, which are stored
 * only as SHA-256 hashes. Thread-safe.
 */
public final class Passwords {
  /** The shortest password accepted for a new user. */
  public static final int MIN_LENGTH = 12;

  // bcrypt reads at most 72 bytes; longer passwords would be silently cut, so they are refused.
  private static final int MAX_BYTES = 72;
  private static final int COST = 11;
  private static final SecureRandom RANDOM = new SecureRandom();
  // A real hash of a random secret: checking an unknown user costs the same time as a known one.
  private static final String DUMMY_HASH = hash(randomSecret());

  private Passwords() {}

  /**
   * The bcrypt hash of {@code password}.
   *
   * @throws IllegalArgumentException when the password is shorter than {@link #MIN_LENGTH}
   *     characters or longer than 72 bytes
   */
  public static String hash(String password) {
    check(password);
    return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
  }

  /**
   * Throws {@link IllegalArgumentException} saying why {@code password} cannot be used, if it
   * cannot.
   */
  public static void check(String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new IllegalArgumentException(
          "password must have at least " + MIN_LENGTH + " characters");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new IllegalArgumentException("password must be at most " + MAX_BYTES + " bytes");
    }
  }

  /** Whether {@code password} matches {@code hash}; a null hash (unknown user) never matches. */
  public static boolean matches(String password, String hash) {
    if (password == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      return false;
    }
    boolean known = hash != null;
    boolean ok =
        BCrypt.verifyer().verify(password.toCharArray(), known ? hash : DUMMY_HASH).verified;
    return known && ok;
  }

  /** A new random secret of 32 bytes, URL-safe Base64 (session ids, CSRF tokens, passwords). */
  public static String randomSecret() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** The SHA-256 of {@code secret} in lower-case hex: how session ids and tokens are stored. */
  static String sha256(String secret) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }

  /** Compares two secrets in time independent of where they differ. */
  static boolean sameSecret(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
