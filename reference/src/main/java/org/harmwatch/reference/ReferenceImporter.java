package org.harmwatch.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.harmwatch.core.reference.ImportResult;
import org.harmwatch.core.reference.ReferenceDataset;
import org.harmwatch.core.reference.ReferenceEvent;
import org.harmwatch.core.reference.ReferenceStore;
import org.harmwatch.core.reference.RowError;

/**
 * Imports a coded dataset's CSV file (ACLED or UCDP GED) into a {@link ReferenceStore} as a new
 * version of a named dataset.
 *
 * <p>The file is read twice: once to fingerprint it (SHA-256) and check its encoding (UTF-8, with
 * or without a byte order mark, or UTF-16 with one; any other encoding is refused and named unless
 * given explicitly), then to parse it with {@link CsvReader}. A file missing a required column is
 * refused whole; a bad row gets one {@link RowError} per problem (line, column, why) and the other
 * rows are imported. Re-importing a file already imported into the dataset, or a file whose rows
 * are all already there unchanged, changes nothing: no version is made. Otherwise the new and
 * changed rows (by a hash of their cells) are written under a new version; rows of earlier versions
 * the file lacks are kept. At most {@link #MAX_ERRORS} errors are listed (all counted). Thread-safe
 * when the store is.
 */
public final class ReferenceImporter {
  /** The most row errors an import lists. */
  public static final int MAX_ERRORS = 1000;

  private final ReferenceStore store;
  private final int maxCell;

  /** An importer into {@code store} refusing cells over {@code maxCell} characters. */
  public ReferenceImporter(ReferenceStore store, int maxCell) {
    this.store = Objects.requireNonNull(store, "store");
    this.maxCell = maxCell;
  }

  /** An importer with {@link CsvReader#DEFAULT_MAX_CELL}. */
  public ReferenceImporter(ReferenceStore store) {
    this(store, CsvReader.DEFAULT_MAX_CELL);
  }

  /**
   * Imports {@code source} in {@code format} into {@code dataset} (null: the format's default
   * name), reading it in {@code charset} when given, else as detected.
   *
   * @throws ImportException when the file as a whole cannot be imported (named reason)
   */
  public ImportResult run(
      Source source, ReferenceFormat format, String dataset, Charset charset, String user)
      throws IOException {
    String name = datasetName(dataset, format);
    Encoding enc;
    try (InputStream in = source.open()) {
      enc = Encoding.scan(in);
    }
    if (charset == null && !enc.ok()) {
      throw new ImportException(enc.problem());
    }
    if (enc.bytes() == 0) {
      throw new ImportException("the file is empty");
    }
    Optional<ReferenceDataset> same = store.versionOfFile(name, enc.sha256());
    if (same.isPresent()) {
      return new ImportResult(
          name,
          same.get(),
          true,
          same.get().rows(),
          0,
          0,
          same.get().rows() - same.get().refused(),
          List.of());
    }
    Charset cs = charset != null ? charset : enc.charset();
    Map<String, String> known = store.rowHashes(name);
    List<ReferenceEvent> fresh = new ArrayList<>();
    List<ReferenceEvent> replaced = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    long refusedRows = 0;
    long rows = 0;
    long added = 0;
    long changed = 0;
    long unchanged = 0;
    Map<String, Long> seen = new HashMap<>();
    try (InputStream in = source.open()) {
      if (charset == null) {
        in.skipNBytes(enc.bomLength());
      }
      Reader reader =
          new InputStreamReader(
              in,
              cs.newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT));
      CsvReader csv = new CsvReader(reader, maxCell);
      CsvRecord head = csv.next();
      if (head == null) {
        throw new ImportException("the file has no header row");
      }
      Map<String, Integer> header = header(head, format);
      CsvRecord rec;
      while ((rec = csv.next()) != null) {
        rows++;
        Row row = new Row(header, rec);
        if (rec.error() != null) {
          row.error(columnName(head, rec.errorColumn()), rec.error());
        } else if (rec.cells().size() != head.cells().size()) {
          row.error(
              null,
              rec.cells().size()
                  + " cells where the header has "
                  + head.cells().size()
                  + " (a missing or extra comma, or an unquoted comma in a cell?)");
        }
        ReferenceEvent e = row.errors.isEmpty() ? format.event(row, hash(rec.cells())) : null;
        if (e != null) {
          Long first = seen.putIfAbsent(e.eventId(), rec.line());
          if (first != null) {
            row.error(format.idColumn(), "'" + e.eventId() + "' is also the id on line " + first);
            e = null;
          }
        }
        if (e == null) {
          refusedRows++;
          for (RowError err : row.errors) {
            if (errors.size() < MAX_ERRORS) {
              errors.add(err);
            }
          }
          continue;
        }
        String before = known.get(e.eventId());
        if (before == null) {
          added++;
          fresh.add(e);
        } else if (!before.equals(e.rowHash())) {
          changed++;
          replaced.add(e);
        } else {
          unchanged++;
        }
      }
    } catch (MalformedInputException e) {
      throw new ImportException(
          "the file is not valid " + cs.name() + "; re-save it as CSV UTF-8 or name its encoding");
    }
    if (fresh.isEmpty() && replaced.isEmpty()) {
      return new ImportResult(name, null, true, rows, 0, 0, unchanged, errors);
    }
    ReferenceDataset version =
        store.addVersion(
            new ReferenceDataset(
                name,
                0,
                format.code(),
                source.name(),
                enc.sha256(),
                store.now(),
                user,
                rows,
                refusedRows,
                added,
                changed,
                0),
            fresh,
            replaced);
    return new ImportResult(name, version, false, rows, added, changed, unchanged, errors);
  }

  /**
   * The dataset name: {@code given} trimmed, or the format's default; letters, digits, space, dot,
   * dash and underscore, at most 100.
   */
  public static String datasetName(String given, ReferenceFormat format) {
    String n = given == null || given.isBlank() ? format.defaultDataset() : given.strip();
    if (!n.matches("[\\p{L}\\p{N} ._-]{1,100}")) {
      throw new IllegalArgumentException(
          "dataset name must be 1-100 letters, digits, spaces, '.', '-' or '_', was '"
              + given
              + "'");
    }
    return n;
  }

  // Column name to index; refuses a header missing required columns or naming one twice.
  private static Map<String, Integer> header(CsvRecord head, ReferenceFormat format) {
    if (head.error() != null) {
      throw new ImportException("line " + head.line() + " (the header): " + head.error());
    }
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int i = 0; i < head.cells().size(); i++) {
      String c = head.cells().get(i).strip().toLowerCase(Locale.ROOT);
      if (c.isEmpty()) {
        continue;
      }
      if (out.putIfAbsent(c, i) != null) {
        throw new ImportException("the header names column '" + c + "' twice");
      }
    }
    List<String> missing = format.required().stream().filter(c -> !out.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      long known = format.columns().stream().filter(out::containsKey).count();
      throw new ImportException(
          "the header lacks "
              + String.join(", ", missing)
              + " of "
              + format.code().toUpperCase(Locale.ROOT)
              + "'s columns"
              + (known == 0 ? " (is this a " + format.code() + " file, comma-separated?)" : ""));
    }
    return out;
  }

  private static String columnName(CsvRecord head, int i) {
    return i >= 0 && i < head.cells().size() ? head.cells().get(i).strip() : null;
  }

  // A hash of the row's cells: equal rows are the same event as imported before.
  private static String hash(List<String> cells) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String c : cells) {
        md.update(c.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0x1f);
      }
      return HexFormat.of().formatHex(md.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
