package nl.klantarena.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code klantarena completion [bash|zsh]}: prints the shell completion script, made by picocli
 * from the model of every command (commands, options, the values of choices, file names where a
 * file is expected). The same scripts are in the release archive under {@code share/}.
 */
final class CompletionCommand implements Callable<Integer> {

  /** Its arguments: the shell. */
  static final Arg[] ARGS = {
    Arg.help("common.help"), Arg.word("SHELL", "completion.shell", "bash", "zsh")
  };

  private final Context ctx;
  private CommandSpec spec;

  private CompletionCommand(Context ctx) {
    this.ctx = ctx;
  }

  static CommandSpec spec(Context ctx) {
    CompletionCommand command = new CompletionCommand(ctx);
    CommandSpec spec = Specs.build("completion", command, ARGS);
    command.spec = spec;
    return spec;
  }

  @Override
  public Integer call() {
    String shell = Specs.positional(spec);
    if (shell == null) shell = "bash";
    shell = Formats.oneOf(shell, List.of("bash", "zsh"), ctx.msg());
    CommandLine all =
        Cli.commandLine(Registry.STANDARD, ctx.env(), ctx.msg(), ctx.out(), ctx.err());
    ctx.out().print(script(shell, all));
    ctx.out().flush();
    return ExitCode.OK;
  }

  /**
   * The completion script for {@code shell}. picocli's script serves both shells (in zsh through
   * its bash-completion emulation); the zsh form adds what zsh's {@code fpath} loading needs.
   */
  static String script(String shell, CommandLine top) {
    String bash = AutoComplete.bash("klantarena", top);
    if (!shell.equals("zsh")) return bash;
    return "#compdef klantarena\n"
        + "# zsh completion for klantarena: put this file in a folder of $fpath as _klantarena, or\n"
        + "# add 'source <(klantarena completion zsh)' to ~/.zshrc.\n"
        + bash
        + "\n# loaded from $fpath at the first completion: complete this one too\n"
        + "if [[ $funcstack[1] == _klantarena ]]; then\n"
        + "  _bash_complete -o default -F _complete_klantarena \"$@\"\n"
        + "fi\n";
  }
}
