package org.harmwatch.nlp.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.harmwatch.core.geo.CountryProfile;
import org.harmwatch.core.geo.CountryProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Actor mentions → canonical names and types, in the country (and year) each case names. */
class ActorDictionaryTest {
  private static final ActorDictionary DICT = ActorDictionary.load();

  @ParameterizedTest(name = "{0} [{1}]")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // Sahel: state forces, their allies and the jihadist groups.
        "FAMa soldiers entered the village.|ML|Military Forces of Mali:state_forces",
        "The Malian army said it killed militants.|ML|Military Forces of Mali:state_forces+Unidentified Armed Group:unknown",
        "the army entered a village|ML|Military Forces of Mali:state_forces",
        "the army entered a village|BF|Military Forces of Burkina Faso:state_forces",
        "the army entered a village|-|",
        "Russian-backed government forces raided the market.|ML|Military Forces of Mali:state_forces+Wagner Group:external_forces",
        "Wagner fighters were seen.|ML|Wagner Group:external_forces",
        "des instructeurs russes ont participé|ML|Wagner Group:external_forces",
        "Africa Corps units|ML|Wagner Group:external_forces",
        "Des éléments du GSIM ont attaqué|ML|JNIM: Group for Support of Islam and Muslims:rebel_group",
        "Katiba Macina fighters|ML|JNIM: Group for Support of Islam and Muslims:rebel_group+Katiba Macina:rebel_group",
        "al-Qaeda-linked fighters stormed the post|BF|JNIM: Group for Support of Islam and Muslims:rebel_group",
        "l'État islamique au Grand Sahara a revendiqué|NE|Islamic State:rebel_group",
        "ISGS attacked|NE|Islamic State:rebel_group",
        "Les VDP ont riposté.|BF|VDP: Volunteers for the Defense of the Homeland:state_forces",
        "Volunteers for the Defence of the Homeland|BF|VDP: Volunteers for the Defense of the Homeland:state_forces",
        "Dan Na Ambassagou militiamen|ML|Dan Na Ambassagou:identity_militia",
        "Dogon militiamen burned the hamlet|ML|Dan Na Ambassagou:identity_militia",
        "Dozo hunters burned the hamlet|ML|Dozo Communal Militia:identity_militia",
        "unidentified armed men arrived on motorbikes|ML|Unidentified Armed Group:unknown",
        "des hommes armés non identifiés|BF|Unidentified Armed Group:unknown",
        "des terroristes présumés|BF|Unidentified Armed Group:unknown",
        "l'armée malienne a annoncé|ML|Military Forces of Mali:state_forces",
        "Nigerien troops|NE|Military Forces of Niger:state_forces",
        "a fan of football|ML|",
        "Ansarul Islam claimed it|BF|Ansaroul Islam:rebel_group",
        // State forces and police of every country come from the country profiles.
        "Kenyan police officers shot a man|KE|Police Forces of Kenya:state_forces",
        "Ugandan troops crossed the border|CD|Military Forces of Uganda:state_forces",
        "UPDF soldiers arrested two men|UG|Military Forces of Uganda:state_forces",
        "police arrested a trader|TZ|Police Forces of Tanzania:state_forces",
        "la police congolaise a dispersé|CD|Police Forces of Democratic Republic of Congo:state_forces",
        "les soldats ivoiriens|CI|Military Forces of Ivory Coast:state_forces",
        "South Sudanese soldiers looted the shops|SS|Military Forces of South Sudan:state_forces",
        "Sudanese soldiers looted the shops|SD|Military Forces of Sudan:state_forces",
        "mutinous soldiers fired in the air|SS|Mutiny of Military Forces of South Sudan:state_forces",
        // Country-specific units and readings of the same alias.
        "BIR soldiers burned houses|CM|Military Forces of Cameroon (1982-) Rapid Intervention Battalion:state_forces",
        "gendarmes were ambushed|BF|Police Forces of Burkina Faso (2015-) Gendarmerie:state_forces",
        "GSU officers dispersed the crowd|KE|Police Forces of Kenya (2013-) General Service Unit:state_forces",
        "Al-Shabaab militants ambushed a convoy|SO|Al Shabaab:rebel_group",
        "al-Shabaab insurgents beheaded two villagers|MZ|Islamist Militia:rebel_group",
        "insurgents raided the village|MZ|Islamist Militia:rebel_group",
        "insurgents raided the village|NG|Unidentified Armed Group:unknown",
        "ADF rebels hacked four farmers|CD|ADF: Allied Democratic Forces:rebel_group",
        "ADF fighters abducted a teacher|CM|ADF: The Ambazonia Defense Forces:rebel_group",
        "Amba boys kidnapped a chief|CM|Ambazonian Separatists:rebel_group",
        "UN peacekeepers returned fire|CD|MONUSCO: United Nations Organization Stabilization Mission in Democratic Republic of Congo:external_forces",
        "UN peacekeepers returned fire|ML|MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali:external_forces",
        "SPLA-IO forces attacked the barracks|SS|SPLA/M-In Opposition: Sudanese Peoples Liberation Army/Movement-In Opposition:rebel_group",
        "Haftar's forces shelled the suburb|LY|Military Forces of Libya (2014-) Haftar Faction:state_forces",
        "Boko Haram insurgents burned the market|NG|Boko Haram - Jama'atu Ahli is-Sunnah lid-Dawatai wal-Jihad:rebel_group",
        "ISWAP fighters overran the base|NG|Boko Haram - Wilayat Gharb Ifriqiyyah:rebel_group",
        "M23 rebels shelled the town|CD|M23: March 23 Movement:rebel_group",
        "CODECO militiamen attacked a camp|CD|CODECO: Cooperative for Development of Congo:rebel_group",
        "RSF fighters looted the market|SD|RSF: Rapid Support Forces:state_forces",
        "LRA rebels abducted children|UG|LRA: Lords Resistance Army:rebel_group",
        "Renamo gunmen attacked a bus|MZ|RENAMO: Mozambican National Resistance:rebel_group",
        "anti-balaka militiamen killed a trader|CF|Anti-Balaka:political_militia",
        "Mai-Mai militiamen looted the village|CD|Mayi Mayi Militia:identity_militia",
        "Raia Mutomboki fighters|CD|Mayi Mayi Militia (Raia Mutomboki):identity_militia",
        "Liyu police killed two people|ET|Police Forces of Ethiopia (2018-) Liyu Police:state_forces",
        "Fano militiamen clashed|ET|Fano Youth Militia:identity_militia",
        "Tigrayan forces shelled the town|ET|TPLF: Tigray Peoples Liberation Front:rebel_group",
        "a mob lynched a suspected thief|GH|Vigilante Militia:political_militia",
        "bandits kidnapped ten travellers|NG|Unidentified Armed Group:unknown",
        "ADF kidnappers released a boy|CD|ADF: Allied Democratic Forces:rebel_group",
        "the rebels burned the camp|UG|LRA: Lords Resistance Army:rebel_group",
        "OLA fighters ambushed a bus|ET|OLF: Oromo Liberation Front:rebel_group",
        "soldiers mutinied over pay|NE|Mutiny of Military Forces of Niger:state_forces",
        // Ethnic and communal militias from a group name and a noun.
        "Pokot raiders stole 200 cattle|KE|Pokot Ethnic Militia:identity_militia",
        "armed Turkana youths|KE|Turkana Ethnic Militia:identity_militia",
        "Fulani herdsmen attacked farmers|NG|Fulani Ethnic Militia:identity_militia+Pastoralists:civilians",
        "des éleveurs peuls armés ont attaqué|BF|Fulani Ethnic Militia:identity_militia+Pastoralists:civilians",
        "three Fulani herders were shot dead|ML|",
        "Murle youths raided a cattle camp|SS|Murle Ethnic Militia:identity_militia",
        "Lou Nuer youths attacked|SS|Nuer Ethnic Militia:identity_militia",
        "Hema militiamen|CD|Hema Ethnic Militia (Democratic Republic of Congo):identity_militia",
        "gunmen shot a motorcyclist|CD|Unidentified Armed Group (Democratic Republic of Congo):unknown",
        "Marehan clan militia fought|SO|Marehan Clan Militia:identity_militia",
        "Congolese militiamen crossed into the district|UG|Unidentified Armed Group (Democratic Republic of Congo):unknown",
        // Without a country: a proper name tied to one country still names its actor; a common noun
        // tied to countries, or a name with several countries, does not.
        "Amba boys kidnapped a chief|-|Ambazonian Separatists:rebel_group",
        "separatists kidnapped a chief|-|",
        "the BIR burned houses|-|",
        "ASWJ insurgents burned houses|-|Islamist Militia:rebel_group",
        // Readings tied to different countries that share one: that country's actor.
        "SPLA troops looted the market|-|Military Forces of South Sudan:state_forces",
        // The state's forces named as the state's, or by a country's possessive.
        "state forces took back the town|AO|Military Forces of Angola:state_forces",
        "state forces took back the town|-|",
        "Ghana's army patrolled the road|-|Military Forces of Ghana:state_forces",
        "Senegal's police dispersed the crowd|-|Police Forces of Senegal:state_forces",
        "a raid by the Chadian airforce|-|Military Forces of Chad:state_forces",
      })
  void resolvesMentions(String text, String country, String expected) {
    assertThat(render(DICT.find(text, country))).isEqualTo(expected == null ? "" : expected);
  }

  @ParameterizedTest(name = "{0} [{1} {2}]")
  @CsvSource(
      delimiter = '|',
      value = {
        // ACLED renames actors over time: the event's year picks the name.
        "Liyu police killed two people|ET|2016|Police Forces of Ethiopia (1995-2018) Liyu Police",
        "Liyu police killed two people|ET|2019|Police Forces of Ethiopia (2018-) Liyu Police",
        "Katiba Macina fighters|ML|2015|Katiba Macina",
        "Katiba Macina fighters|ML|2019|JNIM: Group for Support of Islam and Muslims+Katiba Macina",
        "al-Qaeda-linked fighters stormed the post|ML|2013|AQIM: Al Qaeda in the Islamic Maghreb",
        "al-Qaeda-linked fighters stormed the post|ML|2018|JNIM: Group for Support of Islam and Muslims",
        "Ansar Dine fighters|ML|2012|Ansar Dine",
        "SPLA soldiers looted|SS|2015|Military Forces of South Sudan",
        "SPLA soldiers looted|SD|2005|SPLM/A: Sudan People's Liberation Movement/Army",
        "ADF rebels attacked|UG|1999|ADF-NALU: Allied Democratic Forces-National Army for the Liberation of Uganda",
        "Boko Haram gunmen raided the town|NG|2013|Boko Haram - Jama'atu Ahli is-Sunnah lid-Dawatai wal-Jihad",
        "Boko Haram gunmen raided the town|NG|2015|Boko Haram - Wilayat Gharb Ifriqiyyah",
        "Boko Haram gunmen raided the town|NG|2019|Boko Haram - Jama'atu Ahli is-Sunnah lid-Dawatai wal-Jihad",
        // A country's own name for an actor holds in its years only; outside them the general one.
        "Boko Haram gunmen raided the town|CM|2015|Islamic State",
        "Boko Haram gunmen raided the town|CM|2014|Boko Haram - Jama'atu Ahli is-Sunnah lid-Dawatai wal-Jihad",
        "Boko Haram gunmen raided the town|CM|2019|Boko Haram - Jama'atu Ahli is-Sunnah lid-Dawatai wal-Jihad",
        "the rebels attacked the camp|UG|2003|LRA: Lords Resistance Army",
        "rebels attacked the camp|UG|2015|Unidentified Armed Group",
        // Gendarmeries as ACLED names them: of the army or of the police, by country and years.
        "gendarmes opened fire|MG|2016|Military Forces of Madagascar (2014-) Gendarmerie",
        "gendarmes opened fire|CF|2015|Police Forces of Central African Republic (2013-) Gendarmerie",
        "gendarmes opened fire|BF|2018|Police Forces of Burkina Faso (2015-) Gendarmerie",
        "gendarmes opened fire|CM|2018|Military Forces of Cameroon (1982-) Gendarmerie",
      })
  void choosesTheNameOfTheYear(String text, String country, int year, String expected) {
    String got =
        DICT.find(text, country, year).stream()
            .flatMap(m -> m.actors().stream())
            .map(a -> a.name())
            .collect(Collectors.joining("+"));
    assertThat(got).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Acronyms match as written; ordinary words do not.
        "the fact is that nobody came|",
        "FACT rebels advanced on the capital|FACT: Front for Alteration and Harmony in Chad",
        "a vdp list|",
        "an Ansar Dine-led column|",
        "an army-escorted convoy|",
        "The ARMY entered|Military Forces of Chad",
        "ADF's fighters|ADF: Allied Democratic Forces",
        // Acronyms of five or six capitals are also written as names; shorter ones are not.
        "Unita shelled the town|UNITA: National Union for the Total Independence of Angola",
        "unita shelled the town|",
        "the mend is slow|",
      })
  void appliesTheCaseRules(String text, String expected) {
    List<ActorDictionary.Match> found = DICT.find(text, "TD");
    String got =
        found.stream()
            .flatMap(m -> m.actors().stream())
            .map(a -> a.name())
            .collect(Collectors.joining("+"));
    assertThat(got).isEqualTo(expected == null ? "" : expected);
  }

  @Test
  void generatesTheStateForcesAndPoliceOfEveryCountryFromTheProfiles() {
    for (CountryProfile p : CountryProfiles.bundled().all()) {
      assertThat(render(DICT.find("the army and the police", p.iso2())))
          .as(p.iso2())
          .isEqualTo(p.stateForces() + ":state_forces+" + p.police() + ":state_forces");
      String demonym =
          p.demonyms().stream()
              .filter(d -> Character.isUpperCase(d.charAt(0)))
              .findFirst()
              .orElse(null);
      if (demonym != null) {
        assertThat(render(DICT.find(demonym + " soldiers fired", null)))
            .as(demonym)
            .startsWith(p.stateForces() + ":");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "JNIM is active in the area, where five herders were killed.|true",
        "The area is a JNIM stronghold.|true",
        "in ISWAP-held villages near the lake|true",
        "a zone où sévissent les jihadistes|true",
        "areas controlled by Al Shabaab|true",
        "JNIM fighters killed five herders.|false",
        "Les jihadistes ont attaqué le village.|false",
      })
  void tellsABackgroundMention(String text, boolean expected) {
    ActorDictionary.Match m = DICT.find(text, "ML").get(0);
    assertThat(DICT.isBackground(text, m)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Kenyan police shot two men; the police later said they were robbers.|KE",
        "UPDF soldiers and the army|UG",
        "GSU officers dispersed the crowd.|KE",
        "gunmen killed the police chief|-",
        "Malian soldiers and Burkinabe soldiers and Burkinabe gendarmes|BF",
        "SPLA soldiers looted the market.|SS",
        "Somalia's army retook the village.|SO",
      })
  void pointsToTheCountryOfItsActors(String text, String expected) {
    assertThat(DICT.impliedCountry(text)).isEqualTo(expected);
  }

  @Test
  void hasAVersionAndHundredsOfActors() {
    assertThat(DICT.version()).startsWith("actors-");
    // Written rows and generated ones (the state forces and police of every country profile).
    assertThat(DICT.entryCount())
        .isGreaterThanOrEqualTo(300 + 2 * CountryProfiles.bundled().all().size());
    assertThat(DICT.aliasCount()).isGreaterThan(5000);
  }

  @Test
  void writtenRowsAreAtLeastThreeHundredAndNoAliasIsAmbiguousByAccident() throws IOException {
    String tsv;
    try (InputStream in = ActorDictionary.class.getResourceAsStream(ActorDictionary.RESOURCE)) {
      tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Set<String> canonical = new HashSet<>();
    // alias (as matched) + countries + years -> canonical names
    Map<String, Set<String>> meaning = new HashMap<>();
    List<String> clashes = new ArrayList<>();
    for (String line : tsv.split("\n")) {
      String[] c = line.split("\t", -1);
      if (line.isBlank()
          || line.startsWith("#")
          || List.of("version", "template", "suffix").contains(c[0])) {
        continue;
      }
      canonical.add(c[0]);
      String scope = (c.length > 3 ? c[3] : "") + "/" + (c.length > 4 ? c[4] : "");
      for (String alias : c[2].split("\\|")) {
        String a = alias.trim();
        String key = (ActorDictionary.isAcronym(a) ? a : a.toLowerCase(Locale.ROOT)) + "@" + scope;
        Set<String> names = meaning.computeIfAbsent(key, k -> new HashSet<>());
        names.add(c[0]);
        if (names.size() == 2) {
          clashes.add(key + " -> " + names);
        }
      }
    }
    assertThat(canonical.size()).isGreaterThanOrEqualTo(300);
    // The same alias may mean two actors only in different countries or years.
    assertThat(clashes).isEmpty();
  }

  @Test
  void rejectsALineWithoutType() {
    assertThatThrownBy(() -> ActorDictionary.parse("version\tv1\nJNIM\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("JNIM");
  }

  @Test
  void rejectsAnUnknownCountryAndBadYears() {
    assertThatThrownBy(() -> ActorDictionary.parse("version\tv1\nX\tunknown\tfoo\tXX\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'XX'");
    assertThatThrownBy(() -> ActorDictionary.parse("version\tv1\nX\tunknown\tfoo\t\t2019\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'2019'");
  }

  private static String render(List<ActorDictionary.Match> found) {
    return found.stream()
        .flatMap(m -> m.actors().stream())
        .map(a -> a.name() + ":" + a.type().code())
        .collect(Collectors.joining("+"));
  }
}
