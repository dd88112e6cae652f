using Spectre.Console;

namespace Ingestion.Cli.Terminal;

/// <summary>
/// The consoles commands write to. At a terminal, Spectre's own; piped or redirected, one that never wraps (Spectre
/// would wrap at 80 columns mid-phrase) and prints tables without borders and rules as their title, so that each
/// record stays one line for grep, cut and awk.
/// </summary>
public static class TerminalOutput
{
    /// <summary>Wide enough that no line is ever wrapped; nothing is padded to it (see <see cref="PlainRenderHook"/>).</summary>
    public const int PipedWidth = short.MaxValue;

    /// <summary>A console on standard error: for what a person should see when standard output carries data.</summary>
    public static IAnsiConsole ForErrors() => Create(Console.Error, Console.IsErrorRedirected);

    public static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        if (redirected)
        {
            console.Profile.Width = PipedWidth;
            console.Pipeline.Attach(new PlainRenderHook());
        }

        return console;
    }
}
