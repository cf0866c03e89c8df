package org.harmwatch.core.corroboration;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What tells two reports apart as sources: the wire agency a text credits in its dateline, and a
 * sketch of its wording. Two reports are one source ({@link #sameStory}) when they credit the same
 * wire agency or share most of their wording (near-identical reprints). Stateless and thread-safe.
 *
 * <p>The key is a text {@code "wire=<agency>;sketch=<h1>,<h2>,..."}: the sketch is the {@value
 * #SKETCH} smallest hashes of the text's five-word shingles (a bottom-k MinHash), so the share of
 * hashes two sketches have in common estimates how much of their wording they share.
 */
public final class ReprintKey {
  static final int SKETCH = 32;
  private static final double SAME_WORDING = 0.5;
  private static final Pattern CREDIT =
      Pattern.compile(
          "\\((AFP|Reuters|AP|Associated Press|Agence France[- ]Presse|Xinhua|Anadolu|ANSA|dpa)\\)"
              + "|^(?:[A-Z][A-Za-z\u00C0-\u017F' .-]{1,40},?\\s+)?(AFP|Reuters|AP)\\s*[-\u2013\u2014]",
          Pattern.MULTILINE);

  private ReprintKey() {}

  /** The key of a report with this text; null for a null or blank text. */
  public static String of(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String head = text.length() > 600 ? text.substring(0, 600) : text;
    Matcher m = CREDIT.matcher(head);
    String wire = "";
    if (m.find()) {
      wire = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
      if (wire.startsWith("agence") || wire.equals("afp")) {
        wire = "afp";
      } else if (wire.startsWith("associated") || wire.equals("ap")) {
        wire = "ap";
      }
    }
    String[] words =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", " ")
            .trim()
            .split(" ");
    TreeSet<Long> smallest = new TreeSet<>();
    for (int i = 0; i + 5 <= Math.max(words.length, 5); i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = i; k < Math.min(i + 5, words.length); k++) {
        sb.append(words[k]).append(' ');
      }
      long h = mix(sb.toString());
      if (smallest.size() < SKETCH) {
        smallest.add(h);
      } else if (h < smallest.last() && !smallest.contains(h)) {
        smallest.pollLast();
        smallest.add(h);
      }
    }
    List<String> hex = new ArrayList<>();
    for (long h : smallest) {
      hex.add(Long.toHexString(h));
    }
    return "wire=" + wire + ";sketch=" + String.join(",", hex);
  }

  /** Whether two keys belong to one story: same wire agency, or mostly the same wording. */
  public static boolean sameStory(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    if (a.equals(b)) {
      return true;
    }
    String wa = wire(a);
    if (!wa.isEmpty() && wa.equals(wire(b))) {
      return true;
    }
    TreeSet<Long> sa = sketch(a);
    TreeSet<Long> sb = sketch(b);
    if (sa.isEmpty() || sb.isEmpty()) {
      return false;
    }
    // Bottom-k estimate of the Jaccard similarity: among the k smallest hashes of the union, the
    // share that both sketches hold.
    TreeSet<Long> union = new TreeSet<>(sa);
    union.addAll(sb);
    int k = Math.min(SKETCH, union.size());
    int both = 0;
    int n = 0;
    for (long h : union) {
      if (n++ == k) {
        break;
      }
      if (sa.contains(h) && sb.contains(h)) {
        both++;
      }
    }
    return both >= SAME_WORDING * k;
  }

  private static String wire(String key) {
    int start = key.indexOf("wire=");
    int end = key.indexOf(';', start);
    return start < 0 || end < 0 ? "" : key.substring(start + 5, end);
  }

  private static TreeSet<Long> sketch(String key) {
    TreeSet<Long> out = new TreeSet<>();
    int i = key.indexOf("sketch=");
    if (i < 0 || i + 7 >= key.length()) {
      return out;
    }
    for (String h : key.substring(i + 7).split(",")) {
      out.add(Long.parseUnsignedLong(h, 16));
    }
    return out;
  }

  // 64-bit FNV-1a followed by a finaliser, positive so that hex round-trips with natural order.
  private static long mix(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h >>> 1;
  }
}
