package org.harmwatch.app;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.harmwatch.core.store.DatabaseArchive;

/** The progress bars of the long commands: ASCII, on standard error, a total learnt on the way. */
final class ProgressBars {
  private ProgressBars() {}

  /** A bar named {@code task} counting rows. */
  static ProgressBar rows(String task) {
    return new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(-1)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(200)
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .continuousUpdate()
        .build();
  }

  /** Moves {@code bar} (may be null: no bar) as rows go through. */
  static DatabaseArchive.Progress reporter(ProgressBar bar) {
    return (done, total) -> {
      if (bar != null) {
        bar.maxHint(total);
        bar.stepTo(done);
      }
    };
  }
}
