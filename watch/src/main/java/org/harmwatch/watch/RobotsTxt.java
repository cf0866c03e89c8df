package org.harmwatch.watch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt for one crawler (RFC 9309): the group naming the crawler's token,
 * else the {@code *} group; the longest matching Allow or Disallow path wins, Allow on a tie;
 * {@code *} matches any characters and a final {@code $} anchors the end. A Crawl-delay, when
 * given, is kept. Immutable.
 */
final class RobotsTxt {
  /** Rules that allow everything (no robots.txt, or one the server does not have). */
  static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of(), null, null);

  private record Rule(boolean allow, String path) {}

  private final List<Rule> rules;
  private final Duration crawlDelay;
  private final String refusal;

  private RobotsTxt(List<Rule> rules, Duration crawlDelay, String refusal) {
    this.rules = rules;
    this.crawlDelay = crawlDelay;
    this.refusal = refusal;
  }

  /** Rules that refuse everything, for {@code reason} (e.g. robots.txt answered 503). */
  static RobotsTxt refuseAll(String reason) {
    return new RobotsTxt(List.of(), null, reason);
  }

  /** Why everything is refused, or null. */
  String refusal() {
    return refusal;
  }

  /** The Crawl-delay asked of this crawler, or null. */
  Duration crawlDelay() {
    return crawlDelay;
  }

  /** Parses a robots.txt for the crawler named {@code agent}. */
  static RobotsTxt parse(String text, String agent) {
    String me = agent.toLowerCase(Locale.ROOT);
    List<Rule> mine = new ArrayList<>();
    List<Rule> star = new ArrayList<>();
    Duration myDelay = null;
    Duration starDelay = null;
    boolean foundMine = false;
    List<String> agents = new ArrayList<>();
    boolean inRules = false;
    for (String raw : text.split("\r\n|\r|\n")) {
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (key.equals("user-agent")) {
        if (inRules) {
          agents.clear();
          inRules = false;
        }
        agents.add(value.toLowerCase(Locale.ROOT));
        continue;
      }
      if (!key.equals("allow") && !key.equals("disallow") && !key.equals("crawl-delay")) {
        continue;
      }
      inRules = true;
      boolean forMe = agents.stream().anyMatch(a -> !a.equals("*") && me.startsWith(a));
      boolean forStar = agents.contains("*");
      foundMine |= forMe;
      if (key.equals("crawl-delay")) {
        Duration d = delay(value);
        if (forMe) {
          myDelay = d;
        } else if (forStar) {
          starDelay = d;
        }
        continue;
      }
      if (value.isEmpty()) {
        continue; // "Disallow:" with no path allows everything
      }
      Rule r = new Rule(key.equals("allow"), value);
      if (forMe) {
        mine.add(r);
      } else if (forStar) {
        star.add(r);
      }
    }
    return foundMine
        ? new RobotsTxt(List.copyOf(mine), myDelay, null)
        : new RobotsTxt(List.copyOf(star), starDelay, null);
  }

  private static Duration delay(String value) {
    try {
      double s = Double.parseDouble(value);
      return s > 0 ? Duration.ofMillis((long) (Math.min(s, 60) * 1000)) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Whether {@code pathAndQuery} (e.g. {@code /news/a?id=1}) may be fetched. */
  boolean allows(String pathAndQuery) {
    if (refusal != null) {
      return false;
    }
    String p = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
    Rule best = null;
    int bestLength = -1;
    for (Rule r : rules) {
      if (matches(r.path(), p)) {
        int len = r.path().length();
        if (len > bestLength || (len == bestLength && r.allow())) {
          best = r;
          bestLength = len;
        }
      }
    }
    return best == null || best.allow();
  }

  // Glob match of a robots.txt path pattern against the start of a path.
  private static boolean matches(String pattern, String path) {
    boolean anchored = pattern.endsWith("$");
    String pat = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
    return match(pat, 0, path, 0, anchored);
  }

  private static boolean match(String pat, int i, String s, int j, boolean anchored) {
    while (i < pat.length()) {
      char c = pat.charAt(i);
      if (c == '*') {
        for (int k = j; k <= s.length(); k++) {
          if (match(pat, i + 1, s, k, anchored)) {
            return true;
          }
        }
        return false;
      }
      if (j >= s.length() || s.charAt(j) != c) {
        return false;
      }
      i++;
      j++;
    }
    return !anchored || j == s.length();
  }
}
