package org.harmwatch.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import org.harmwatch.core.account.AccountStore;
import org.harmwatch.core.text.SensitiveSpans;
import org.harmwatch.geo.Gazetteer;
import org.harmwatch.geo.GazetteerDirectory;
import org.harmwatch.geo.GazetteerPlaceResolver;
import org.harmwatch.reference.ReferenceImporter;
import org.harmwatch.web.ApiModule;
import org.harmwatch.web.AuthApi;
import org.harmwatch.web.CaptureApi;
import org.harmwatch.web.CaptureViewApi;
import org.harmwatch.web.CorrectionApi;
import org.harmwatch.web.CorroborationApi;
import org.harmwatch.web.DossierApi;
import org.harmwatch.web.ExportApi;
import org.harmwatch.web.FindingApi;
import org.harmwatch.web.MapDataApi;
import org.harmwatch.web.ReadingApi;
import org.harmwatch.web.ReferenceApi;
import org.harmwatch.web.RestrictionApi;
import org.harmwatch.web.ReviewApi;
import org.harmwatch.web.SavedSearchApi;
import org.harmwatch.web.SearchApi;
import org.harmwatch.web.SensitiveSpanApi;
import org.harmwatch.web.SourcesApi;
import org.harmwatch.web.TakedownApi;

/**
 * The wiring of the web app: which modules the server has, in which order, each over the parts of a
 * {@link Components}; and the first admin account, without which nobody could log in.
 */
final class WebParts {
  private WebParts() {}

  /** The web modules besides the core API, in order: access control first. */
  static List<ApiModule> modules(Components c, DatabaseChoice choice, boolean secureCookie) {
    Clock clock = Clock.systemUTC();
    return List.of(
        new AuthApi(c.accounts(choice), clock, secureCookie),
        new TakedownApi(c.takedowns(choice)),
        new RestrictionApi(c.restrictions(choice)),
        new SensitiveSpanApi(c.store(choice), SensitiveSpans.bundled(), c.sensitiveSpans(choice)),
        new ReadingApi(c.store(choice), c.accounts(choice), clock),
        new ReviewApi(c.review(choice), c.store(choice)),
        new CorroborationApi(c.corroboration(choice), c.store(choice)),
        new MapDataApi(c.store(choice)),
        new SearchApi(c.textIndexer(choice).index()),
        new DossierApi(c.store(choice), c.review(choice), c.corroboration(choice), clock),
        new ExportApi(c.store(choice), c.corroboration(choice), c.review(choice), clock),
        new SourcesApi(c.sources(choice), c.watcher(choice), clock),
        new CaptureApi(c.watcher(choice), c.store(choice)),
        new CaptureViewApi(c.sources(choice), c.store(choice)),
        new ReferenceApi(
            new ReferenceImporter(c.reference(choice)), c.crossCheck(choice), c.reference(choice)),
        correctionApi(c, choice),
        new FindingApi(c.store(choice), c.finding(choice).actors()),
        new SavedSearchApi(
            c.finding(choice).savedSearches(),
            c.store(choice),
            c.finding(choice).webhooks(),
            clock));
  }

  // The gazetteer is the resolver's own when it is the bundled one, so it is loaded once.
  private static CorrectionApi correctionApi(Components c, DatabaseChoice choice) {
    Gazetteer gazetteer =
        c.places() instanceof GazetteerPlaceResolver g ? g.gazetteer() : Gazetteer.loadDefault();
    return new CorrectionApi(
        new GazetteerDirectory(gazetteer),
        c.store(choice),
        java.util.Optional.of(c.corroboration(choice)));
  }

  /**
   * Creates the first admin when {@code accounts} has no user, and prints its one-time password to
   * {@code out}; prints nothing when users exist.
   */
  static void bootstrapAdmin(AccountStore accounts, PrintWriter out) {
    AuthApi.bootstrapAdmin(accounts, Clock.systemUTC())
        .ifPresent(
            password -> {
              out.println("Created user 'admin' (role admin) with the one-time password:");
              out.println("    " + password);
              out.println(
                  "Log in at /login.html and create personal accounts; this is shown once.");
              out.flush();
            });
  }
}
