package nl.klantarena.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.klantarena.check.CheckContext;
import nl.klantarena.check.Checked;
import nl.klantarena.finding.FindingPrinter;
import nl.klantarena.finding.Findings;
import nl.klantarena.io.AtomicFiles;
import nl.klantarena.plan.Plan;
import nl.klantarena.plan.PlanIcs;
import nl.klantarena.plan.PlanJson;
import nl.klantarena.plan.PlanMarkdown;
import nl.klantarena.plan.PlanText;
import nl.klantarena.plan.Seating;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code klantarena plan}: check, then the balance of the rings and the agenda with clock times;
 * optionally the session as a calendar file and the seating plan. Fails like {@code check}: when
 * the findings fail the run, the findings are printed and nothing else is written.
 */
final class PlanCommand extends SessionCommand {

  private String format;
  private String out;
  private String ics;
  private String seating;

  private PlanCommand(Context ctx) {
    super(ctx);
  }

  /** The options of {@code plan}, besides the common ones. */
  static final Arg[] ARGS = {
    Arg.choice("--format", "plan.format", "md", "text", "json"),
    Arg.file("--out", "FILE", "plan.out"),
    Arg.file("--ics", "FILE", "plan.ics"),
    Arg.file("--seating", "FILE.svg", "plan.seating"),
  };

  static CommandSpec spec(Context ctx) {
    return spec("plan", new PlanCommand(ctx), FILES, ARGS);
  }

  @Override
  void read(CommandSpec spec) {
    format = Specs.value(spec, "--format");
    out = Specs.value(spec, "--out");
    ics = Specs.value(spec, "--ics");
    seating = Specs.value(spec, "--seating");
    if (seating != null && !seating.toLowerCase(Locale.ROOT).endsWith(".svg")) {
      throw new UsageException(ctx.msg().get("plan.seatingsvg", seating));
    }
  }

  @Override
  int run() throws IOException {
    String fmt = Formats.oneOf(format, List.of("md", "text", "json"), ctx.msg());
    Findings all = new Findings(ctx.msg());
    List<Checked> checked = loadAll(all);
    printFindings(all.sorted(), FindingPrinter.Format.TEXT);
    if (checked.size() > 1) {
      for (String[] o : new String[][] {{"out", out}, {"ics", ics}, {"seating", seating}}) {
        if (o[1] != null)
          throw new UsageException(ctx.msg().get("plan.outmany", o[0], checked.size()));
      }
    }
    checkOutputs(checked);
    if (all.fails(common.strict())) return exitCode(all);

    CheckContext cc = new CheckContext(common.today(ctx.env()), false);
    List<Plan> plans = new ArrayList<>();
    for (Checked c : checked) c.session().ifPresent(s -> plans.add(Plan.of(s, cc)));
    if (plans.isEmpty()) return exitCode(all);

    String doc =
        switch (fmt) {
          case "json" -> PlanJson.render(plans);
          case "text" -> join(plans, PlanText::render, "\n");
          default -> join(plans, PlanMarkdown::render, "\n");
        };
    // everything is rendered before anything is written: a failure leaves no file half-done
    String calendar = ics == null ? null : PlanIcs.render(plans.get(0));
    String svg = seating == null ? null : Seating.render(plans.get(0));
    if (out == null) {
      ctx.out().print(doc);
    } else {
      write(out, doc);
    }
    if (calendar != null) write(ics, calendar);
    if (svg != null) write(seating, svg);
    ctx.out().flush();
    return exitCode(all);
  }

  /** Outputs never overwrite a session file, nor each other. */
  private void checkOutputs(List<Checked> checked) {
    String[][] outputs = {{"out", out}, {"ics", ics}, {"seating", seating}};
    for (int i = 0; i < outputs.length; i++) {
      if (outputs[i][1] == null) continue;
      Path p = ctx.env().resolve(outputs[i][1]).toAbsolutePath();
      for (Checked c : checked) {
        if (c.session().isPresent()
            && c.session().get().path().toAbsolutePath().normalize().equals(p)) {
          throw new UsageException(
              ctx.msg().get("plan.overwritesinput", outputs[i][0], outputs[i][1]));
        }
      }
      for (int j = i + 1; j < outputs.length; j++) {
        if (outputs[j][1] != null && ctx.env().resolve(outputs[j][1]).toAbsolutePath().equals(p)) {
          throw new UsageException(
              ctx.msg().get("plan.sameoutput", outputs[i][0], outputs[j][0], outputs[i][1]));
        }
      }
    }
  }

  private void write(String name, String text) throws IOException {
    Path p = ctx.env().resolve(name);
    AtomicFiles.write(p, text);
    ctx.err().println(ctx.msg().get("plan.written", name));
  }

  private static String join(List<Plan> plans, Function<Plan, String> r, String sep) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < plans.size(); i++) {
      if (i > 0) b.append(sep);
      b.append(r.apply(plans.get(i)));
    }
    return b.toString();
  }
}
