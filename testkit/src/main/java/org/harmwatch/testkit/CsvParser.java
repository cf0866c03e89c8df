package org.harmwatch.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for tests: fields separated by commas, records by CRLF, quoted fields
 * with doubled quotes inside and any character (commas, CR, LF) between the quotes. Fails on a
 * stray quote in an unquoted field or text after a closing quote.
 */
public final class CsvParser {
  private CsvParser() {}

  /** The records of {@code text}, each a list of fields; throws on malformed CSV. */
  public static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = text.length();
    boolean fieldStart = true;
    while (i < n) {
      char c = text.charAt(i);
      if (fieldStart && c == '"') {
        i++;
        while (true) {
          if (i >= n) {
            throw new IllegalArgumentException("unclosed quote");
          }
          char q = text.charAt(i);
          if (q == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
            } else {
              i++;
              break;
            }
          } else {
            field.append(q);
            i++;
          }
        }
        if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r') {
          throw new IllegalArgumentException("text after a closing quote at " + i);
        }
        fieldStart = false;
        continue;
      }
      if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
        fieldStart = true;
        i++;
      } else if (c == '\r') {
        if (i + 1 >= n || text.charAt(i + 1) != '\n') {
          throw new IllegalArgumentException("CR without LF at " + i);
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        fieldStart = true;
        i += 2;
      } else if (c == '\n') {
        throw new IllegalArgumentException("bare LF outside quotes at " + i);
      } else if (c == '"') {
        throw new IllegalArgumentException("quote inside an unquoted field at " + i);
      } else {
        field.append(c);
        fieldStart = false;
        i++;
      }
    }
    if (!fieldStart || !row.isEmpty() || field.length() > 0) {
      throw new IllegalArgumentException("last record does not end with CRLF");
    }
    return rows;
  }
}
