package org.harmwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.store.Page;
import org.harmwatch.core.store.TextSearch.DocumentHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LuceneIndexTest {
  private static Document doc(String id, String language, String title, String text) {
    Document d = Document.ofText(id, title, LocalDate.of(2024, 3, 1), text);
    return new Document(
        d.id(),
        d.sha256(),
        title,
        null,
        null,
        d.published(),
        language,
        text,
        "text/plain",
        d.original(),
        null);
  }

  private static final Document EN =
      doc(
          "en1",
          "en",
          "Attack near Djibo",
          "Gunmen killed at least 12 civilians in Djibo on Thursday, local sources said. The"
              + " attackers burned the market.");
  private static final Document FR =
      doc(
          "fr1",
          "fr",
          "Attaque à Diafarabé",
          "Des hommes armés ont tué 25 civils à Diafarabé, selon l'ONG. Les corps ont été"
              + " retrouvés le lendemain.");
  private static final Document STRIKE =
      doc(
          "en2",
          "en",
          "Strike",
          "The strike hit a wedding; a drone was seen later over the village of Kobe.");

  private static LuceneIndex filled() {
    LuceneIndex index = LuceneIndex.inMemory();
    index.putDocument(EN);
    index.putDocument(FR);
    index.putDocument(STRIKE);
    return index;
  }

  private static java.util.List<String> ids(Page<DocumentHit> page) {
    return page.items().stream().map(DocumentHit::id).toList();
  }

  @Test
  void englishStemmingFindsOtherFormsOfAWord() {
    try (LuceneIndex index = filled()) {
      assertThat(ids(index.documents("killings", 10, 0))).containsExactly("en1");
      assertThat(ids(index.documents("attacker", 10, 0))).containsExactly("en1");
      assertThat(ids(index.documents("weddings", 10, 0))).containsExactly("en2");
    }
  }

  @Test
  void frenchAnalysisFindsInflectionsAndElisions() {
    try (LuceneIndex index = filled()) {
      assertThat(ids(index.documents("tués", 10, 0))).containsExactly("fr1");
      assertThat(ids(index.documents("tué", 10, 0))).containsExactly("fr1");
      assertThat(ids(index.documents("ong", 10, 0))).containsExactly("fr1");
      // French stop words in the query do not make it fail on the English field.
      assertThat(ids(index.documents("les corps retrouvés", 10, 0))).containsExactly("fr1");
    }
  }

  @Test
  void phraseQueriesNeedTheWordsTogetherAndInOrder() {
    try (LuceneIndex index = filled()) {
      assertThat(ids(index.documents("drone strike", 10, 0))).containsExactly("en2");
      assertThat(ids(index.documents("\"drone strike\"", 10, 0))).isEmpty();
      assertThat(ids(index.documents("\"hit a wedding\"", 10, 0))).containsExactly("en2");
      assertThat(ids(index.documents("\"civilians killed\"", 10, 0))).isEmpty();
      assertThat(ids(index.documents("\"killed at least 12 civilians\"", 10, 0)))
          .containsExactly("en1");
    }
  }

  @Test
  void everyWordMustMatchUnlessOrIsSaid() {
    try (LuceneIndex index = filled()) {
      assertThat(ids(index.documents("killed wedding", 10, 0))).isEmpty();
      assertThat(ids(index.documents("killed OR wedding", 10, 0)))
          .containsExactlyInAnyOrder("en1", "en2");
      assertThat(ids(index.documents("the -market", 10, 0))).containsExactly("en2");
    }
  }

  @Test
  void hitsCarryTitleDateAndASnippetAroundTheMatch() {
    try (LuceneIndex index = filled()) {
      Page<DocumentHit> page = index.documents("market", 10, 0);
      assertThat(page.total()).isEqualTo(1);
      DocumentHit hit = page.items().get(0);
      assertThat(hit.title()).isEqualTo("Attack near Djibo");
      assertThat(hit.published()).isEqualTo("2024-03-01");
      assertThat(hit.snippet()).contains("burned the market");
    }
  }

  @Test
  void pagesAreCutAndTotalCountsEveryMatch() {
    try (LuceneIndex index = filled()) {
      Page<DocumentHit> first = index.documents("the OR des", 1, 0);
      Page<DocumentHit> second = index.documents("the OR des", 1, 1);
      assertThat(first.total()).isEqualTo(3);
      assertThat(first.items()).hasSize(1);
      assertThat(second.items()).hasSize(1);
      assertThat(second.items().get(0).id()).isNotEqualTo(first.items().get(0).id());
      assertThat(index.documents("the OR des", 10, 5).items()).isEmpty();
    }
  }

  @Test
  void incidentsAreSearchedApartFromDocuments() {
    try (LuceneIndex index = filled()) {
      Incident strike =
          IncidentStoreContract.strike(IncidentStoreContract.strikeDoc()).withId("inc-1");
      Incident raid = IncidentStoreContract.raid(IncidentStoreContract.raidDoc()).withId("inc-2");
      index.putIncident(strike, "en");
      index.putIncident(raid, "fr");
      assertThat(index.incidentIds("drones", 10)).containsExactly("inc-1");
      assertThat(index.incidentIds("paramilitaire", 10)).containsExactly("inc-2");
      assertThat(index.incidentIds("wagner", 10)).containsExactly("inc-2");
      assertThat(index.incidentIds("Market", 10)).isEmpty();
      assertThat(index.incidentCount()).isEqualTo(2);
      assertThat(index.documentCount()).isEqualTo(3);
    }
  }

  @Test
  void incidentIdsStayRightAsSegmentsAreAddedReplacedAndMerged() {
    try (LuceneIndex index = filled()) {
      Incident strike =
          IncidentStoreContract.strike(IncidentStoreContract.strikeDoc()).withId("inc-1");
      index.putIncident(strike, "en");
      // Searched once: the first segment's ids are read and kept.
      assertThat(index.incidentIds("drones", 10)).containsExactly("inc-1");
      java.util.List<String> expected = new java.util.ArrayList<>(java.util.List.of("inc-1"));
      for (int n = 2; n <= 30; n++) {
        // Each put and search makes a new segment; the writer merges some of them on the way.
        index.putIncident(strike.withId("inc-" + n), "en");
        expected.add("inc-" + n);
        assertThat(index.incidentIds("drones", 100)).containsExactlyInAnyOrderElementsOf(expected);
      }
      // Put again under an id already kept in a segment: the old entry is gone, the new one found.
      Incident raid = IncidentStoreContract.raid(IncidentStoreContract.raidDoc()).withId("inc-7");
      index.putIncident(raid, "fr");
      expected.remove("inc-7");
      assertThat(index.incidentIds("drones", 100)).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(index.incidentIds("wagner", 100)).containsExactly("inc-7");
    }
  }

  @Test
  void puttingAnEntryAgainReplacesIt() {
    try (LuceneIndex index = filled()) {
      index.putDocument(doc("en1", "en", "Other", "Nothing about gunmen here; only rain."));
      assertThat(index.documentCount()).isEqualTo(3);
      assertThat(ids(index.documents("killed", 10, 0))).isEmpty();
      assertThat(ids(index.documents("rain", 10, 0))).containsExactly("en1");
    }
  }

  @Test
  void badQueriesAreRefusedInWordsNotInTheParsersGrammar() {
    String[][] table = {
      {"\"unclosed", "double quote"},
      {"(djibo OR kobe", "bracket"},
      {"djibo)", "bracket"},
      {"*bo", "cannot start with * or ?"},
      {"djibo AND", "AND, OR and NOT need a word"},
      {"OR djibo", "AND, OR and NOT need a word"},
      {"title:[a TO", "quoted phrases"},
      {"a^^b", "quoted phrases"},
    };
    try (LuceneIndex index = filled()) {
      for (String[] row : table) {
        assertThatThrownBy(() -> index.documents(row[0], 10, 0))
            .as(row[0])
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("cannot read the search query '" + row[0] + "': ")
            .hasMessageContaining(row[1])
            .message()
            .doesNotContain("Encountered", "<", "Cannot parse", "Was expecting", "\n");
      }
      assertThatThrownBy(() -> index.incidentIds("  ", 10))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void twelveFuzzyTermsAreTheCallersErrorNotLucenesClauseLimit() {
    // Twelve words, each with 80 indexed neighbours within two edits: 12 x 2 fields x 50
    // expansions is past Lucene's 1024 clauses.
    StringBuilder text = new StringBuilder();
    StringBuilder twelve = new StringBuilder();
    String[] words = {
      "kobe",
      "djibo",
      "moura",
      "gao",
      "mopti",
      "kidal",
      "segou",
      "kayes",
      "menaka",
      "douentza",
      "tessit",
      "bamba"
    };
    for (String w : words) {
      twelve.append(w).append("~ OR ");
      for (int n = 0; n < 80; n++) {
        text.append(w).append((char) ('a' + n / 26 % 26)).append((char) ('a' + n % 26)).append(' ');
      }
    }
    String query = twelve.substring(0, twelve.length() - 4);
    try (LuceneIndex index = LuceneIndex.inMemory()) {
      index.putDocument(doc("many", "en", "Many", text.toString()));
      index.putDocument(doc("many-fr", "fr", "Many", text.toString()));
      assertThatThrownBy(() -> index.documents(query, 10, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("12 fuzzy (~)")
          .hasMessageContaining("at most " + LuceneIndex.MAX_EXPANDING_TERMS);
      assertThatThrownBy(() -> index.incidentIds(query, 10))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("at most " + LuceneIndex.MAX_EXPANDING_TERMS);
      String eight = String.join("~ OR ", java.util.Arrays.copyOf(words, 8)) + "~";
      assertThat(index.documents(eight, 10, 0).total()).isEqualTo(2);
    }
  }

  @Test
  void regexAndWildcardOverloadAreTheCallersErrorInWords() {
    StringBuilder text = new StringBuilder();
    for (int n = 0; n < 2000; n++) {
      text.append("w").append(Integer.toString(n, 36)).append("a ");
    }
    try (LuceneIndex index = LuceneIndex.inMemory()) {
      index.putDocument(doc("words", "en", "Words", text.toString()));
      java.util.List<String> wrong = new java.util.ArrayList<>();
      for (String query :
          new String[] {
            "/(.*a.*b.*c.*d.*e.*f.*g.*h.*i.*j){3}/",
            "/" + "(a|b|c|d)?".repeat(40) + "x{1,100}/",
            "*a",
            "w* OR x* OR y* OR z* OR a* OR b* OR c* OR d* OR e* OR f* OR g* OR h*",
          }) {
        long t0 = System.nanoTime();
        String outcome;
        try {
          outcome = "answered " + index.incidentIds(query, 10).size();
        } catch (IllegalArgumentException e) {
          outcome = null;
        } catch (RuntimeException e) {
          outcome = "threw " + e;
        }
        if (outcome != null) {
          wrong.add(query + ": " + outcome + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        }
      }
      assertThat(wrong).isEmpty();
      assertThatThrownBy(() -> index.documents("/w1.a/", 10, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("regular expression");
      assertThat(index.documents("w1*", 10, 0).total()).isEqualTo(1);
      assertThat(index.documents("\"w1a/w2a\" OR w3a", 10, 0).total()).isEqualTo(1);
    }
  }

  /** Ways an index folder gets damaged: every file overwritten, cut short, or a file lost. */
  enum Damage {
    GARBAGE,
    TRUNCATED,
    FILE_MISSING
  }

  @ParameterizedTest
  @EnumSource(Damage.class)
  void anUnreadableIndexIsMovedAsideKeptAndReplacedByAnEmptyOne(Damage damage, @TempDir Path tmp)
      throws Exception {
    Path dir = tmp.resolve("index");
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      index.putDocument(EN);
      index.putDocument(FR);
      index.markSynced("state-1");
    }
    List<Path> files;
    try (var list = Files.list(dir)) {
      files = list.filter(f -> !f.getFileName().toString().equals("write.lock")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      switch (damage) {
        case GARBAGE -> Files.write(f, new byte[(int) Math.max(64, Files.size(f))]);
        case TRUNCATED ->
            Files.write(f, Arrays.copyOf(Files.readAllBytes(f), (int) Files.size(f) / 2));
        case FILE_MISSING -> {
          if (!f.getFileName().toString().startsWith("segments")) {
            Files.delete(f);
          }
        }
      }
    }
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      assertThat(index.documentCount()).isZero();
      assertThat(index.syncedWith()).isEmpty();
      index.putDocument(STRIKE);
      assertThat(index.documents("drone", 10, 0).total()).isEqualTo(1);
    }
    List<Path> aside;
    try (var list = Files.list(tmp)) {
      aside = list.filter(p -> p.getFileName().toString().startsWith("index.unreadable-")).toList();
    }
    assertThat(aside).hasSize(1);
    try (var list = Files.list(aside.get(0))) {
      assertThat(list.count()).isPositive();
    }
  }

  @Test
  void anIndexOnDiskKeepsItsEntriesAndWhatItMirrors(@TempDir Path dir) {
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      assertThat(index.syncedWith()).isEmpty();
      index.putDocument(EN);
      index.markSynced("documents=1");
    }
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      assertThat(index.syncedWith()).isEqualTo("documents=1");
      assertThat(index.documentCount()).isEqualTo(1);
      index.clear();
      assertThat(index.documentCount()).isZero();
      assertThat(index.syncedWith()).isEmpty();
    }
  }

  @Test
  void aSecondWriterOnTheSameDirectoryIsRefused(@TempDir Path dir) {
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      assertThatThrownBy(() -> LuceneIndex.open(dir))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("in use by another harmwatch process");
    }
  }

  @Test
  void twoIndexesMovedAsideInOneSecondKeepTwoFolders(@TempDir Path tmp) throws Exception {
    // A start-up and a reindex can both find the index unreadable within one second; the second
    // move used to collide with the first folder's name and stop the command.
    Path dir = tmp.resolve("index");
    for (int round = 0; round < 2; round++) {
      try (LuceneIndex index = LuceneIndex.open(dir)) {
        index.putDocument(EN);
      }
      try (var list = Files.list(dir)) {
        for (Path f :
            list.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
          Files.write(f, new byte[64]);
        }
      }
      try (LuceneIndex index = LuceneIndex.open(dir)) {
        assertThat(index.documentCount()).isZero();
      }
    }
    try (var list = Files.list(tmp)) {
      assertThat(list.filter(p -> p.getFileName().toString().startsWith("index.unreadable-")))
          .hasSize(2);
    }
  }
}
