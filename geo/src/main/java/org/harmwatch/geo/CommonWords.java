package org.harmwatch.geo;

import java.util.Set;

/**
 * English and French words that are also the names of some place in the gazetteer ("The", "Will",
 * "Army", "Thursday", "Human", "Rights", "Watch"...), in {@link Gazetteer#normalize(String)} form.
 *
 * <p>Two tiers: {@link #NEVER} words are never taken as a bare place name (function words, very
 * common verbs, compass words, names of peoples and armed groups); {@link #ONLY_AS_LOCAL_NAME}
 * words count only when written with a capital and some place of the document's countries (else of
 * the focus countries, else of any country with a profile) bears the name. Immutable.
 */
final class CommonWords {
  private CommonWords() {}

  /**
   * Never a place name on its own, whatever the case: function words and auxiliaries (English,
   * French), compass words (parts of a country; "région du Nord" still resolves through its frame),
   * peoples and languages of the Sahel (which name many hamlets: "Kogori Peul"), and armed groups
   * and forces whose names collide with places.
   */
  static final Set<String> NEVER =
      words(
          """
          the and but for nor not yet you she her him his its our out they them their this that
          these those there here who whom what when where why how which with from into onto upon
          over under about after before since until while during near than then also only just
          very some many much more most less all any each every both few other such own same can
          could may might must shall should will would was were are is been being have has had
          does did done say says said told tell one two three four five six seven eight nine ten
          first second third last next new old per via off down again les des une aux dans par
          pour sur sous avec sans chez entre vers mais donc car que qui quoi dont elle ils elles
          nous vous leur leurs son sa ses cette ces est sont etait ont avait selon apres avant
          depuis pendant tout tous toute toutes plus moins tres aussi ainsi alors encore deux
          trois quatre cinq premier premiere dernier north south east west northern southern
          eastern western central centre center nord sud ouest northeast northwest southeast
          southwest fulani fulbe peul peuls peulh foulani dogon dogons bambara bozo dozo dozos
          mossi songhai songhay sonrai tuareg tuaregs touareg touaregs tamasheq arab arabs arabe
          arabes hausa haoussa djerma zarma malinke soninke minianka senoufo kel daoussahak imghad
          ifoghas dine ansar katiba jnim fama minusma barkhane koglweogo vdp boko haram jan feb
          apr jun jul aug sept oct nov dec
          """);

  /**
   * A place name only if capitalised and borne by a place where the document is: days and months,
   * conflict-news vocabulary, and everyday words that are also names of hamlets somewhere.
   */
  static final Set<String> ONLY_AS_LOCAL_NAME =
      words(
          """
          monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi
          vendredi samedi dimanche january february march april june july august september october
          november december janvier fevrier mars avril mai juin juillet aout septembre octobre
          novembre decembre army armee military militaire soldier soldiers soldat soldats troops
          forces force police gendarme gendarmerie attack attaque attacks kill killed killing tue
          tues dead morts mort victim victims victime victimes civilian civilians civil civils
          human rights watch amnesty international report rapport group groupe government
          gouvernement state etat people population village villages villagers town ville city
          camp base market marche mosque mosquee church eglise school ecole road route bridge pont
          river fleuve well puits mine mines gold field fields farm farmers herders cattle bush
          forest foret lake lac mountain hill sand water eau fire feu gun guns drone drones bomb
          convoy checkpoint border frontiere region province cercle commune district zone area
          local national nation union president minister ministre general colonel captain chief
          chef imam leader junta coup transition peace paix war guerre justice court law loi press
          presse media radio news voice liberty liberte freedom victory hope espoir independence
          republic republique democratic islamic islam muslim christian jihad wagner africa
          afrique african sahel desert savanna man men woman women child children boy girl family
          friend home house maison day night nuit jour week month year time morning evening early
          late long large small big little good bad great high low free black white red green blue
          silver iron stone rock king queen prince lord saint god dieu allah love joy bonne bon
          beau belle grand grande petit petite haut bas fin arrested detained burned fled return
          mission agent service office bureau post poste team unit battalion company hospital
          hopital clinic dam barrage airport aeroport prison barracks caserne station garrison
          """);

  private static Set<String> words(String block) {
    return Set.copyOf(java.util.Arrays.asList(block.strip().split("\\s+")));
  }
}
