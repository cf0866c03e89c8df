package org.harmwatch.nlp.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The language packs on the class path: per-language folders ({@code
 * org/harmwatch/nlp/lang/<code>/}) of vocabulary files, listed by every {@code
 * org/harmwatch/nlp/lang/languages.txt} found (the bundled one lists English and French; a pack
 * added on the class path lists itself in its own). Adding a language is adding a folder of files
 * and its index, no code.
 *
 * <p>Vocabulary files are UTF-8 text: one entry a line, {@code #} comments and blank lines skipped;
 * {@code .tsv} files have a key, a TAB and the entry. Entries are regular-expression alternatives.
 *
 * <p>An instance is a choice of packs. {@link #load} and {@link #bundled} choose every pack: a
 * vocabulary's entries from every pack are joined, which is what a document of unknown language
 * gets. {@link #forLanguage} chooses one language's pack plus the packs its {@value #FALLBACKS}
 * names per vocabulary file, which is what a document of that language gets. Immutable and
 * thread-safe.
 */
public final class LanguagePacks {
  /** The class-path folder of the packs. */
  public static final String ROOT = "org/harmwatch/nlp/lang/";

  /** A regular expression that matches nothing: the alternation of no entries. */
  public static final String NOTHING = "(?!)";

  /** The index file that lists packs, in every class-path root that holds some. */
  public static final String INDEX = ROOT + "languages.txt";

  /**
   * A pack's file of the other packs its documents also read: a vocabulary file name (or {@code *}
   * for every file), a TAB, a pack code.
   */
  public static final String FALLBACKS = "fallbacks.tsv";

  private static volatile LanguagePacks bundled;

  private final List<String> languages;
  // Per vocabulary file ("*": every file), the packs read after the chosen ones; none for all.
  private final Map<String, List<String>> fallbacks;
  private final ClassLoader loader;
  private final Map<String, LanguagePacks> chosen = new ConcurrentHashMap<>();

  private LanguagePacks(
      List<String> languages, Map<String, List<String>> fallbacks, ClassLoader loader) {
    this.languages = List.copyOf(languages);
    this.fallbacks = Map.copyOf(fallbacks);
    this.loader = loader;
  }

  /** The packs on this class's class path, read once. */
  public static LanguagePacks bundled() {
    LanguagePacks b = bundled;
    if (b == null) {
      synchronized (LanguagePacks.class) {
        b = bundled;
        if (b == null) {
          b = load(LanguagePacks.class.getClassLoader());
          bundled = b;
        }
      }
    }
    return b;
  }

  /** The packs that the index files visible to {@code loader} list, in the order found. */
  public static LanguagePacks load(ClassLoader loader) {
    Set<String> codes = new LinkedHashSet<>();
    try {
      for (URL url : Collections.list(loader.getResources(INDEX))) {
        try (InputStream in = url.openStream()) {
          int n = 0;
          for (String line : lines(in)) {
            n++;
            String code = line.strip();
            if (code.isEmpty() || code.startsWith("#")) {
              continue;
            }
            if (!code.matches("[a-z]{2,3}")) {
              throw new IllegalStateException(
                  url + ":" + n + ": not a language code: '" + code + "'");
            }
            codes.add(code);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + INDEX, e);
    }
    if (codes.isEmpty()) {
      throw new IllegalStateException("no language pack: no " + INDEX + " on the class path");
    }
    return new LanguagePacks(new ArrayList<>(codes), Map.of(), loader);
  }

  /** The codes of the chosen packs, in order (fallbacks not included). */
  public List<String> languages() {
    return languages;
  }

  /**
   * The packs a document in {@code language} (an ISO 639 code, or null when unknown) reads: that
   * language's pack and, per vocabulary file, the packs its {@value #FALLBACKS} names; every pack
   * of this choice when the language is unknown or has no pack here.
   */
  public LanguagePacks forLanguage(String language) {
    if (language == null || languages.size() == 1 || !languages.contains(language)) {
      return this;
    }
    return chosen.computeIfAbsent(
        language, code -> new LanguagePacks(List.of(code), fallbacksOf(code), loader));
  }

  // The fallbacks.tsv of pack `code`, checked against the packs there are.
  private Map<String, List<String>> fallbacksOf(String code) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String line : read(code, FALLBACKS)) {
      String[] cells = line.split("\t");
      if (cells.length != 2 || !languages.contains(cells[1].strip())) {
        throw new IllegalStateException(
            ROOT
                + code
                + "/"
                + FALLBACKS
                + ": expected 'file-or-*<TAB>pack code' naming one of "
                + languages
                + ", got '"
                + line
                + "'");
      }
      out.computeIfAbsent(cells[0].strip(), k -> new ArrayList<>()).add(cells[1].strip());
    }
    return out;
  }

  /**
   * The entries of vocabulary {@code file} ("civilian-words.txt") in every chosen pack, in pack
   * order, then in the packs its fallbacks name for it.
   */
  public List<String> entries(String file) {
    List<String> out = new ArrayList<>();
    for (String code : codesFor(file)) {
      out.addAll(read(code, file));
    }
    return out;
  }

  // The chosen packs then the fallbacks for `file` ("*" ones after the file's own), once each.
  private List<String> codesFor(String file) {
    Set<String> codes = new LinkedHashSet<>(languages);
    codes.addAll(fallbacks.getOrDefault(file, List.of()));
    codes.addAll(fallbacks.getOrDefault("*", List.of()));
    return List.copyOf(codes);
  }

  /**
   * The entries of the keyed vocabulary {@code file} ("event-cues.tsv") in every pack, by key in
   * the order first seen; within a key, pack order.
   */
  public Map<String, List<String>> keyed(String file) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String code : codesFor(file)) {
      for (String line : read(code, file)) {
        int tab = line.indexOf('\t');
        if (tab <= 0 || tab == line.length() - 1) {
          throw new IllegalStateException(
              ROOT + code + "/" + file + ": expected 'key<TAB>entry', got '" + line + "'");
        }
        out.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>())
            .add(line.substring(tab + 1));
      }
    }
    return out;
  }

  /**
   * As {@link #keyed}, for a vocabulary the reader cannot work without.
   *
   * @throws IllegalStateException naming the file when none of the chosen packs (nor their
   *     fallbacks) has it
   */
  public Map<String, List<String>> require(String file) {
    boolean found = false;
    for (String code : codesFor(file)) {
      found |= loader.getResource(ROOT + code + "/" + file) != null;
    }
    if (!found) {
      throw new IllegalStateException(
          "no language pack of " + codesFor(file) + " has " + ROOT + "<code>/" + file);
    }
    return keyed(file);
  }

  /**
   * The entries of {@code key} in {@code keyed} (a {@link #keyed} file) as a bare alternation,
   * {@code a|b|c}, for a pattern to put in its own group; a key no pack fills gives {@link
   * #NOTHING}.
   */
  public static String anyOf(Map<String, List<String>> keyed, String key) {
    List<String> entries = keyed.getOrDefault(key, List.of());
    return entries.isEmpty() ? NOTHING : String.join("|", entries);
  }

  /**
   * {@code entries} as one whole-word alternation: {@code \b(?:a|b|c)\b}; no entries (a pack
   * without the vocabulary) give {@link #NOTHING}.
   */
  public static String alternation(List<String> entries) {
    if (entries == null) {
      throw new IllegalArgumentException("entries is null");
    }
    if (entries.isEmpty()) {
      return NOTHING;
    }
    return "\\b(?:" + String.join("|", entries) + ")\\b";
  }

  // The entry lines of one pack's file; none when the pack lacks the file.
  private List<String> read(String code, String file) {
    String path = ROOT + code + "/" + file;
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (String line : lines(in)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static List<String> lines(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<String> out = new ArrayList<>();
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      out.add(line);
    }
    return out;
  }
}
