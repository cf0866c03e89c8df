package org.harmwatch.app;

import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Option;

/** The {@code --no-progress} option shared by the commands that draw a progress bar. */
public final class ProgressOption {
  @Option(names = "--no-progress", description = "Do not draw a progress bar.")
  boolean off;

  /** Whether bars are drawn. */
  boolean shown() {
    return !off;
  }

  /** A bar named {@code task} counting rows, or null (no bar) with {@code --no-progress}. */
  ProgressBar rows(String task) {
    return off ? null : ProgressBars.rows(task);
  }
}
