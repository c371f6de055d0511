package nl.klantarena.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.klantarena.check.CheckContext;
import nl.klantarena.check.Checked;
import nl.klantarena.finding.FindingPrinter;
import nl.klantarena.finding.Findings;
import nl.klantarena.output.Outputs;
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
    Outputs.Target docTarget = out == null ? null : outputs.file("--out", out);
    Outputs.Target icsTarget = ics == null ? null : outputs.file("--ics", ics);
    Outputs.Target svgTarget = seating == null ? null : outputs.file("--seating", seating);
    Findings all = new Findings(ctx.msg());
    List<Checked> checked = loadAll(all);
    printFindings(all.sorted(), FindingPrinter.Format.TEXT);
    if (checked.size() > 1) {
      for (String[] o : new String[][] {{"out", out}, {"ics", ics}, {"seating", seating}}) {
        if (o[1] != null)
          throw new UsageException(ctx.msg().get("plan.outmany", o[0], checked.size()));
      }
    }
    outputs.refuseInputs();
    if (all.fails(common.strict())) return exitCode(all);

    CheckContext cc = new CheckContext(common.today(ctx.env()), false);
    List<Plan> plans = new ArrayList<>();
    for (Checked c : checked) {
      if (c.usable().isPresent()) plans.add(Plan.of(c.usable().get(), cc));
    }
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
    if (docTarget == null) {
      ctx.out().print(doc);
    } else {
      write(docTarget, doc);
    }
    if (calendar != null) write(icsTarget, calendar);
    if (svg != null) write(svgTarget, svg);
    ctx.out().flush();
    return exitCode(all);
  }

  private void write(Outputs.Target target, String text) {
    outputs.write(target, text);
    ctx.err().println(ctx.msg().get("plan.written", target.shown()));
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
