package org.harmwatch.testkit;

import java.time.LocalDate;
import java.util.List;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Document;

/**
 * Short report texts written for harmwatch's tests, modelled on Sahel press and NGO reporting; the
 * incidents they describe are invented. Each is a {@link Document} with a publication date.
 */
public final class SampleReports {
  private SampleReports() {}

  /** A wire-style item: gunmen kill at least 12 villagers near Djibo, Burkina Faso. */
  public static final Document DJIBO_ATTACK =
      Document.ofText(
          "test-djibo-attack",
          "Gunmen kill villagers near Djibo",
          LocalDate.of(2024, 5, 10),
          "Gunmen kill villagers near Djibo\n\n"
              + "OUAGADOUGOU, 10 May 2024 - Unidentified gunmen killed at least 12 civilians in"
              + " Djibo, in northern Burkina Faso, on Wednesday, local sources said. The"
              + " attackers arrived on motorbikes at dawn and opened fire on residents gathered"
              + " near the market. Three other people were wounded and taken to the regional"
              + " hospital.\n\n"
              + "No group has claimed responsibility for the attack.");

  /** An NGO-style paragraph: a drone strike on a wedding in the Mopti region of Mali. */
  public static final Document MOPTI_DRONE_STRIKE =
      Document.ofText(
          "test-mopti-drone",
          "Drone strike hits wedding in central Mali",
          LocalDate.of(2024, 2, 20),
          "Drone strike hits wedding in central Mali\n\n"
              + "A drone strike by the Malian army on a wedding ceremony in the Mopti region"
              + " killed at least nine civilians, including three children, on 16 February 2024,"
              + " according to Human Rights Watch. Witnesses said the guests were gathered"
              + " under a tent when the drone struck.");

  /** Policy news without any incident. */
  public static final Document POLICY_NEWS =
      Document.ofText(
          "test-policy",
          "Sahel juntas announce joint force",
          LocalDate.of(2024, 3, 7),
          "Sahel juntas announce joint force\n\n"
              + "The military governments of Mali, Burkina Faso and Niger announced on Wednesday"
              + " the creation of a joint force to fight armed groups in the region. Officials"
              + " did not say when the force would be deployed or how many soldiers it would"
              + " include.");

  /** All the sample reports. */
  public static List<Document> all() {
    return List.of(DJIBO_ATTACK, MOPTI_DRONE_STRIKE, POLICY_NEWS);
  }

  /** The reports as JSON Lines in the exchange input format. */
  public static String asJsonLines() {
    StringBuilder sb = new StringBuilder();
    for (Document d : all()) {
      var node = ExchangeJson.toJson(d);
      node.remove(List.of("sha256", "content_type", "captured_at"));
      sb.append(ExchangeJson.write(node)).append('\n');
    }
    return sb.toString();
  }
}
