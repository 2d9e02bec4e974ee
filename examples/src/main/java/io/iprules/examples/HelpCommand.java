package io.iprules.examples;

import io.iprules.Language;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ip-rules help [COMMAND] [--lang zh|en]}: the usage help of the command, or of {@code ip-rules}.
 *
 * <p>picocli's own {@link CommandLine.HelpCommand} does the same but has no {@code --lang}, so {@code ip-rules help
 * --lang en} was refused as an unknown command "en" while every other command took it. The language itself is chosen
 * before parsing, from the arguments ({@link IpRules#language}), as for every command; the option is declared so that
 * it is accepted, described and checked ({@code --lang fr} is refused like anywhere else).
 */
@Command(name = "help", helpCommand = true,
        header = "Display help information about the specified command.",
        synopsisHeading = "%nUsage: ",
        description = {"%nWhen no COMMAND is given, the usage help for the main command is displayed.",
                "If a COMMAND is specified, the help for that command is shown.%n"})
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {
    @Parameters(paramLabel = "COMMAND", arity = "0..1", descriptionKey = "helpCommand.command",
            description = "The COMMAND to display the usage help message for.")
    String command;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en", converter = IpRules.LanguageConverter.class,
            description = "Language of this help (default: ${DEFAULT-VALUE}).")
    Language lang;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "helpCommand.help",
            description = "Show usage help for the help command and exit.")
    boolean help;

    private CommandLine self;
    private CommandLine.Help.ColorScheme colorScheme;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter outWriter,
                     PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colorScheme = colorScheme;
        this.out = outWriter;
    }

    @Override
    public void run() {
        CommandLine parent = self.getParent();
        CommandLine shown = command == null ? parent : parent.getSubcommands().get(command);
        if (shown == null) {
            // worded as picocli's help command words it, which CommandLineText translates for a Chinese run
            throw new CommandLine.ParameterException(parent, "Unknown subcommand '" + command + "'.", null, command);
        }
        shown.usage(out, colorScheme);
    }
}
