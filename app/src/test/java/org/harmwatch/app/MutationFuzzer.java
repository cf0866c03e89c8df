package org.harmwatch.app;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A seeded mutation fuzzer: from a corpus of inputs, makes new ones by flipping bits, inserting,
 * deleting, duplicating and splicing bytes, and inserting tokens that readers of HTML, XML, JSON
 * and PDF treat specially. The same seed gives the same inputs. Not thread-safe.
 */
final class MutationFuzzer {
  private static final List<byte[]> TOKENS =
      List.of(
              "<",
              ">",
              "</",
              "<!--",
              "]]>",
              "<![CDATA[",
              "&amp;",
              "&#x0;",
              "&#99999999;",
              "&lol;",
              "<!DOCTYPE x [<!ENTITY e \"&e;&e;\">]>",
              "{",
              "}",
              "[",
              "]",
              "\"",
              "\\u0000",
              ":",
              "null",
              "1e999999",
              "-0",
              "%PDF-1.7\n",
              "stream\n",
              "endobj",
              "\u0000",
              "\uFFFD",
              "\r\n",
              "\n\n",
              "\t",
              "killed 1000000000000 people",
              "on 31 February 2024",
              "à Gao, Mali,",
              "witness",
              "+223 70 00 00 00")
          .stream()
          .map(s -> s.getBytes(StandardCharsets.UTF_8))
          .toList();

  private final List<byte[]> corpus;
  private final Random random;
  private final int maxBytes;

  MutationFuzzer(List<byte[]> corpus, long seed, int maxBytes) {
    if (corpus.isEmpty()) {
      throw new IllegalArgumentException("the corpus is empty");
    }
    this.corpus = List.copyOf(corpus);
    this.random = new Random(seed);
    this.maxBytes = maxBytes;
  }

  /** The next input: one to four mutations of a corpus entry, at most {@code maxBytes} long. */
  byte[] next() {
    byte[] b = pick();
    int rounds = 1 + random.nextInt(4);
    for (int r = 0; r < rounds; r++) {
      b = mutate(b);
    }
    return b.length > maxBytes ? Arrays.copyOf(b, maxBytes) : b;
  }

  private byte[] pick() {
    return corpus.get(random.nextInt(corpus.size()));
  }

  private byte[] mutate(byte[] b) {
    int at = b.length == 0 ? 0 : random.nextInt(b.length + 1);
    return switch (random.nextInt(7)) {
      case 0 -> flip(b);
      case 1 -> insert(b, at, TOKENS.get(random.nextInt(TOKENS.size())));
      case 2 -> delete(b, at, 1 + random.nextInt(Math.max(1, Math.min(64, b.length - at + 1))));
      case 3 -> duplicate(b, at);
      case 4 -> splice(b, at);
      case 5 -> insert(b, at, randomBytes(1 + random.nextInt(16)));
      default -> insert(b, at, repeat(TOKENS.get(random.nextInt(TOKENS.size())), 50));
    };
  }

  private byte[] flip(byte[] b) {
    if (b.length == 0) {
      return b;
    }
    byte[] out = b.clone();
    int i = random.nextInt(out.length);
    out[i] ^= (byte) (1 << random.nextInt(8));
    return out;
  }

  private static byte[] insert(byte[] b, int at, byte[] what) {
    byte[] out = new byte[b.length + what.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(what, 0, out, at, what.length);
    System.arraycopy(b, at, out, at + what.length, b.length - at);
    return out;
  }

  private static byte[] delete(byte[] b, int at, int n) {
    int end = Math.min(b.length, at + n);
    byte[] out = new byte[b.length - (end - at)];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(b, end, out, at, b.length - end);
    return out;
  }

  private byte[] duplicate(byte[] b, int at) {
    int n = Math.min(b.length - at, 1 + random.nextInt(256));
    return n <= 0 ? b : insert(b, at, Arrays.copyOfRange(b, at, at + n));
  }

  // The head of this input and the tail of another: a feed that turns into a PDF, and so on.
  private byte[] splice(byte[] b, int at) {
    byte[] other = pick();
    int from = other.length == 0 ? 0 : random.nextInt(other.length);
    byte[] out = Arrays.copyOf(b, at + other.length - from);
    System.arraycopy(other, from, out, at, other.length - from);
    return out;
  }

  private byte[] randomBytes(int n) {
    byte[] out = new byte[n];
    random.nextBytes(out);
    return out;
  }

  private static byte[] repeat(byte[] token, int times) {
    byte[] out = new byte[token.length * times];
    for (int i = 0; i < times; i++) {
      System.arraycopy(token, 0, out, i * token.length, token.length);
    }
    return out;
  }
}
