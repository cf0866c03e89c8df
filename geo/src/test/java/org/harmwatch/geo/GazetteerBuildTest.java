package org.harmwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.harmwatch.geo.Gazetteer.Entry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code tools/geo/build-gazetteer.py} on tiny invented inputs (test resources {@code build/})
 * and reads what it writes: division names, point-in-polygon and nearest-place admin names, the OSM
 * rows kept apart and de-duplicated, and a clear error for a missing input.
 */
class GazetteerBuildTest {
  @TempDir static Path tmp;
  private static Path fixtures;
  private static Path script;
  private static Gazetteer built;
  private static List<String> osmLines;

  @BeforeAll
  static void build() throws Exception {
    fixtures = Path.of(GazetteerBuildTest.class.getResource("build").toURI());
    script = Path.of("..", "tools", "geo", "build-gazetteer.py").toAbsolutePath().normalize();
    Path shared = tmp.resolve("shared");
    Files.createDirectories(shared);
    try (Stream<Path> files = Files.list(fixtures.resolve("shared"))) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith("-places.tsv") || name.endsWith("-osm.tsv")) {
          try (OutputStream out =
              new GZIPOutputStream(Files.newOutputStream(shared.resolve(name + ".gz")))) {
            Files.copy(f, out);
          }
        } else {
          Files.copy(f, shared.resolve(name));
        }
      }
    }
    Path out = tmp.resolve("out");
    Result r = run(shared, out);
    assertThat(r.code).as(r.output).isZero();
    try (InputStream main = Files.newInputStream(out.resolve("gazetteer.tsv.gz"));
        InputStream osm = Files.newInputStream(out.resolve("gazetteer-osm.tsv.gz"))) {
      built = Gazetteer.load(List.of(main, osm));
    }
    osmLines = gunzipLines(out.resolve("gazetteer-osm.tsv.gz"));
  }

  private record Result(int code, String output) {}

  private static Result run(Path shared, Path out) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("python3", script.toString()));
    if (shared != null) {
      cmd.addAll(List.of("--shared-dir", shared.toString()));
    }
    cmd.addAll(
        List.of(
            "--npm-dir", fixtures.resolve("npm").toString(),
            "--countries", fixtures.resolve("repo/countries.tsv").toString(),
            "--shapes", fixtures.resolve("repo/admin1.geojson").toString(),
            "--naming", fixtures.resolve("repo/admin1-official-names.tsv").toString(),
            "--out", out.toString(),
            "--version", "test-1"));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().remove("HARMWATCH_GEO_DATA");
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), output);
  }

  private static List<String> gunzipLines(Path gz) throws IOException {
    try (InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(gz))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  private static Entry one(String name) {
    List<Entry> found = built.lookup(name).stream().filter(e -> e.name().equals(name)).toList();
    assertThat(found).as(name).hasSize(1);
    return found.get(0);
  }

  @Test
  void writesTheVersion() {
    assertThat(built.version()).isEqualTo("test-1");
  }

  @Test
  void aGeoNamesVillageKeepsItsCodes() {
    Entry e = one("Gammaville");
    assertThat(e.admin1()).isEqualTo("Mopti");
    assertThat(e.admin2()).isEqualTo("Douentza");
    assertThat(built.lookup("Gamma Ville")).contains(e);
  }

  @Test
  void officialNamesReplaceGeoNamesEnglishNames() {
    assertThat(one("Betatown").admin1()).isEqualTo("Extrême-Nord");
    assertThat(built.lookup("Far North"))
        .anySatisfy(d -> assertThat(d.admin1()).isEqualTo("Extrême-Nord"));
  }

  @Test
  void anUnknownAdminCodeIsFilledFromThePolygon() {
    assertThat(one("Epsilonka").admin1()).isEqualTo("Extrême-Nord");
  }

  @Test
  void osmRowsTakeAdmin1FromThePolygonAndAdmin2FromTheNearestPlace() {
    Entry d = one("Deltaburg");
    assertThat(d.sourceId()).isEqualTo("osm:node/1");
    assertThat(d.admin1()).isEqualTo("Mopti");
    assertThat(d.admin2()).isEqualTo("Douentza");
    assertThat(one("Zetaburg").admin1()).isEqualTo("Extrême-Nord");
  }

  @Test
  void osmRowsAreKeptApartAndNeverRepeatAGeoNamesRow() {
    assertThat(osmLines).anyMatch(l -> l.startsWith("osm:node/1\t"));
    assertThat(osmLines).noneMatch(l -> l.startsWith("osm:node/2\t"));
    assertThat(osmLines.stream().skip(1)).allMatch(l -> l.startsWith("osm:"));
  }

  @Test
  void countriesCarryProfileNamesAndDemonymsAndTheDumpsGeoNamesId() {
    assertThat(built.country("ML"))
        .hasValueSatisfying(c -> assertThat(c.geonamesId()).isEqualTo(2453866L));
    assertThat(built.countryNamesAndDemonyms())
        .containsEntry("malian", "ML")
        .containsEntry("camerounais", "CM")
        .containsEntry("cameroun", "CM");
  }

  @Test
  void citiesAbroadAreKept() {
    assertThat(one("Paris").countryCode()).isEqualTo("FR");
  }

  @Test
  void aMissingSharedDirIsNamed() throws Exception {
    Result r = run(null, tmp.resolve("none"));
    assertThat(r.code).isNotZero();
    assertThat(r.output).contains("--shared-dir");
    Result missing = run(tmp.resolve("empty"), tmp.resolve("none"));
    assertThat(missing.code).isNotZero();
    assertThat(missing.output).contains("missing input sahel-places.tsv.gz");
  }
}
