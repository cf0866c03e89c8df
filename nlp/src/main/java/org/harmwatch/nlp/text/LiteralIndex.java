package org.harmwatch.nlp.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The required strings of every {@link PrefilteredPattern}, in one Aho-Corasick automaton, so that
 * one pass over a text tells which patterns may match it. The extractor runs dozens of patterns
 * over each sentence; each sentence is scanned once, one table step per character, and the answer
 * is remembered for the last texts each thread scanned.
 *
 * <p>Thread-safe: patterns register under a lock; a scan that needs a pattern the published
 * automaton lacks builds a new one under the same lock and publishes it; a published automaton is
 * never changed. Scans keep their results in thread-local state.
 */
final class LiteralIndex {
  /** The characters a table covers: every character {@link RequiredLiterals#simple} accepts. */
  private static final int TABLE_CHARS = 0x2070;

  /**
   * An immutable automaton of all registered patterns' strings. {@code classOf} maps a text's
   * character to the column of its folded form (0: in no string; -1: not {@link
   * RequiredLiterals#simple}); {@code next} is the full transition table, {@code columns} wide;
   * {@code output} numbers each state's set of patterns in {@code outputs}, or is -1.
   */
  private record Automaton(
      int patterns,
      short[] classOf,
      int columns,
      int start,
      int end,
      int[] next,
      int[] output,
      long[][] outputs) {}

  // Whether a table character is no word character of \b: a word end comes before it, a word
  // start after it.
  private static final boolean[] NON_WORD = new boolean[TABLE_CHARS];

  static {
    for (int c = 0; c < TABLE_CHARS; c++) {
      NON_WORD[c] = !RequiredLiterals.word((char) c);
    }
  }

  private static final List<Set<String>> REGISTERED = new ArrayList<>();
  private static volatile Automaton automaton =
      new Automaton(0, new short[TABLE_CHARS], 1, 0, 0, new int[1], new int[] {-1}, new long[0][]);

  /** How many texts each thread remembers: a sentence and the pieces of it its callers cut. */
  private static final int REMEMBERED = 4;

  /**
   * What this thread last scanned: the texts, the automaton used and the patterns that may match.
   */
  private static final class Scans {
    final String[] texts = new String[REMEMBERED];
    final Automaton[] automata = new Automaton[REMEMBERED];
    final long[][] may = new long[REMEMBERED][];
    int next;
  }

  private static final ThreadLocal<Scans> LAST = ThreadLocal.withInitial(Scans::new);

  // A scan's answer for texts that any pattern may match.
  private static final long[] ALL = null;

  private LiteralIndex() {}

  /**
   * Adds a pattern's required (folded) strings; returns the pattern's number. Patterns with the
   * same strings share a number, so compiling the same expressions again (another extractor, a
   * reloaded dictionary) does not grow the index. The automaton is built at the first scan that
   * needs the new pattern, not at every registration: a hundred patterns compile at start-up.
   */
  static synchronized int register(Set<String> required) {
    Set<String> set = Set.copyOf(required);
    int known = REGISTERED.indexOf(set);
    if (known >= 0) {
      return known;
    }
    REGISTERED.add(set);
    return REGISTERED.size() - 1;
  }

  /** The automaton of every pattern registered so far, built anew when patterns came since. */
  private static synchronized Automaton current() {
    if (automaton.patterns() != REGISTERED.size()) {
      automaton = build(REGISTERED);
    }
    return automaton;
  }

  /**
   * Whether the text may contain a match of pattern {@code id}: false when it contains none of the
   * pattern's strings. Texts with a character {@link RequiredLiterals#simple} does not cover may
   * always match.
   */
  static boolean mayMatch(CharSequence text, int id) {
    Automaton current = automaton;
    if (current.patterns() <= id) {
      current = current();
    }
    if (!(text instanceof String s)) {
      long[] may = scan(text, current);
      return may == ALL || bit(may, id);
    }
    Scans last = LAST.get();
    for (int k = 0; k < REMEMBERED; k++) {
      if (last.texts[k] == s && last.automata[k] == current) {
        long[] may = last.may[k];
        return may == ALL || bit(may, id);
      }
    }
    long[] may = scan(s, current);
    int k = last.next;
    last.texts[k] = s;
    last.automata[k] = current;
    last.may[k] = may;
    last.next = (k + 1) % REMEMBERED;
    return may == ALL || bit(may, id);
  }

  private static boolean bit(long[] may, int id) {
    return (may[id >>> 6] & (1L << id)) != 0;
  }

  /** The patterns that may match {@code text}, as bits, or {@link #ALL}. */
  private static long[] scan(CharSequence text, Automaton a) {
    short[] classOf = a.classOf();
    int[] next = a.next();
    int[] output = a.output();
    long[][] outputs = a.outputs();
    int columns = a.columns();
    // The pattern sets reached, by number: one bit per step; their patterns are joined after.
    long[] seen = new long[(outputs.length >>> 6) + 1];
    // The columns of the marks of word starts and ends (see RequiredLiterals.marked), stepped on
    // around every character that is no word character; 0 when no string has one.
    int start = a.start();
    int end = a.end();
    int state = start > 0 ? next[start] : 0;
    if (output[state] >= 0) {
      seen[output[state] >>> 6] |= 1L << output[state];
    }
    for (int i = 0, n = text.length(); i <= n; i++) {
      // One step past the text: its end, a word end.
      char c = i < n ? text.charAt(i) : ' ';
      int column = c < TABLE_CHARS ? classOf[c] : -1;
      if (column < 0) {
        return ALL;
      }
      boolean nonWord = NON_WORD[c];
      if (nonWord && end > 0) {
        state = next[state * columns + end];
        int o = output[state];
        if (o >= 0) {
          seen[o >>> 6] |= 1L << o;
        }
      }
      if (i == n) {
        break;
      }
      state = next[state * columns + column];
      int o = output[state];
      if (o >= 0) {
        seen[o >>> 6] |= 1L << o;
      }
      if (nonWord && start > 0) {
        state = next[state * columns + start];
        o = output[state];
        if (o >= 0) {
          seen[o >>> 6] |= 1L << o;
        }
      }
    }
    long[] may = new long[(a.patterns() >>> 6) + 1];
    for (int w = 0; w < seen.length; w++) {
      for (long bits = seen[w]; bits != 0; bits &= bits - 1) {
        long[] patterns = outputs[(w << 6) + Long.numberOfTrailingZeros(bits)];
        for (int k = 0; k < patterns.length; k++) {
          may[k] |= patterns[k];
        }
      }
    }
    return may;
  }

  /** Builds the automaton of {@code registered}: a trie, its failure links, then a full table. */
  private static Automaton build(List<Set<String>> registered) {
    int patterns = registered.size();
    // Columns: 0 for characters in no string, then one per folded character in some string.
    Map<Character, Integer> columnOf = new HashMap<>();
    for (Set<String> strings : registered) {
      for (String s : strings) {
        for (int k = 0; k < s.length(); k++) {
          columnOf.putIfAbsent(s.charAt(k), columnOf.size() + 1);
        }
      }
    }
    int columns = columnOf.size() + 1;
    if (columns > Short.MAX_VALUE) {
      throw new IllegalStateException("too many distinct characters in prefilter strings");
    }
    short[] classOf = new short[TABLE_CHARS];
    for (int c = 0; c < TABLE_CHARS; c++) {
      char ch = (char) c;
      classOf[c] =
          RequiredLiterals.simple(ch)
              ? (short) (int) columnOf.getOrDefault(RequiredLiterals.fold(ch), 0)
              : (short) -1;
    }
    // The trie, with goto entries only (-1 for none), grown as strings are added.
    int[] go = new int[64 * columns];
    Arrays.fill(go, -1);
    List<long[]> ends = new ArrayList<>();
    ends.add(null);
    int states = 1;
    for (int id = 0; id < patterns; id++) {
      for (String s : registered.get(id)) {
        int state = 0;
        for (int k = 0; k < s.length(); k++) {
          int at = state * columns + columnOf.get(s.charAt(k));
          if (go[at] < 0) {
            if ((states + 1) * columns > go.length) {
              int old = go.length;
              go = Arrays.copyOf(go, old * 2);
              Arrays.fill(go, old, go.length, -1);
            }
            go[at] = states++;
            ends.add(null);
          }
          state = go[at];
        }
        long[] bits = ends.get(state);
        if (bits == null) {
          bits = new long[(patterns >>> 6) + 1];
          ends.set(state, bits);
        }
        bits[id >>> 6] |= 1L << id;
      }
    }
    // Breadth first: each state's failure link, its patterns joined with those of its link, and
    // the missing transitions taken from the link's.
    int[] next = Arrays.copyOf(go, states * columns);
    int[] fail = new int[states];
    long[][] out = ends.toArray(new long[0][]);
    int[] queue = new int[states];
    int head = 0;
    int tail = 0;
    for (int col = 0; col < columns; col++) {
      int child = next[col];
      if (child < 0) {
        next[col] = 0;
      } else {
        fail[child] = 0;
        queue[tail++] = child;
      }
    }
    while (head < tail) {
      int state = queue[head++];
      long[] inherited = out[fail[state]];
      if (inherited != null) {
        long[] own = out[state] == null ? new long[inherited.length] : out[state].clone();
        for (int w = 0; w < own.length; w++) {
          own[w] |= inherited[w];
        }
        out[state] = own;
      }
      for (int col = 0; col < columns; col++) {
        int child = next[state * columns + col];
        if (child < 0) {
          next[state * columns + col] = next[fail[state] * columns + col];
        } else {
          fail[child] = next[fail[state] * columns + col];
          queue[tail++] = child;
        }
      }
    }
    // States renumbered breadth first, so that the rows of the shallow states, where a scan of
    // text spends most of its steps, lie together in the table and stay in the processor's cache.
    int[] renumbered = new int[states];
    for (int k = 0; k < tail; k++) {
      renumbered[queue[k]] = k + 1;
    }
    int[] table = new int[states * columns];
    long[][] outByNumber = new long[states][];
    for (int state = 0; state < states; state++) {
      int row = renumbered[state] * columns;
      for (int col = 0; col < columns; col++) {
        table[row + col] = renumbered[next[state * columns + col]];
      }
      outByNumber[renumbered[state]] = out[state];
    }
    next = table;
    out = outByNumber;
    // States with the same patterns share one bit set.
    int[] output = new int[states];
    List<long[]> distinct = new ArrayList<>();
    Map<List<Long>, Integer> numbered = new HashMap<>();
    for (int state = 0; state < states; state++) {
      if (out[state] == null) {
        output[state] = -1;
        continue;
      }
      List<Long> key = Arrays.stream(out[state]).boxed().toList();
      Integer n = numbered.get(key);
      if (n == null) {
        n = distinct.size();
        numbered.put(key, n);
        distinct.add(out[state]);
      }
      output[state] = n;
    }
    return new Automaton(
        patterns,
        classOf,
        columns,
        columnOf.getOrDefault(RequiredLiterals.WORD_START, 0),
        columnOf.getOrDefault(RequiredLiterals.WORD_END, 0),
        next,
        output,
        distinct.toArray(new long[0][]));
  }
}
