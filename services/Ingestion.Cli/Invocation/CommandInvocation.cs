using Ingestion.Cli.Commands;
using Ingestion.Cli.Connecting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Invocation;

/// <summary>
/// The rules every command runs under: an option or argument the command does not declare is a usage error naming
/// the nearest valid option; a failure is one line on standard error (the whole exception with <c>--verbose</c>);
/// the exit code is one of <see cref="ExitCodes"/>.
/// </summary>
/// <param name="error">Where the one-line reports go, unwrapped (a terminal wraps them softly, so they copy whole).</param>
/// <param name="pretty">Where Spectre's own rendering of a parse error goes.</param>
public sealed class CommandInvocation(IReadOnlyList<string> arguments, TextWriter error, IAnsiConsole pretty) : ICommandInterceptor
{
    private static readonly string[] s_helpOrVersion = ["-h", "--help", "-?", "-v", "--version"];

    private readonly IReadOnlyList<string> _arguments = arguments;
    private bool _verbose = arguments.Contains("--verbose", StringComparer.Ordinal);
    private bool _ran;
    private bool _failed;

    public void Intercept(CommandContext context, CommandSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        _ran = true;
        _verbose |= settings is IngestSettings { Verbose: true };

        // Spectre parses leniently and leaves what it could not bind here; a command that ignored it would run with
        // its defaults, e.g. count the local store for a mistyped --articles.
        string command = context.Name;
        if (context.Remaining.Raw.Count > 0)
        {
            throw new UsageException($"Unexpected argument '{context.Remaining.Raw[0]}' for command '{command}'.");
        }

        if (context.Remaining.Parsed.FirstOrDefault() is { } unknown)
        {
            string? nearest = OptionSuggestion.Nearest(unknown.Key, settings.GetType());
            throw new UsageException($"Unknown option '{unknown.Key}' for command '{command}'" + (nearest is null ? "." : $"; did you mean {nearest}?"));
        }
    }

    /// <summary>Spectre's exception handler: reports the failure and chooses the exit code.</summary>
    public int Fail(Exception exception, ITypeResolver? resolver)
    {
        ArgumentNullException.ThrowIfNull(exception);
        _failed = true;
        switch (exception)
        {
            case UsageException:
                error.WriteLine($"Error: {exception.Message}");
                return ExitCodes.Usage;
            case CommandParseException or CommandRuntimeException:
                if (((CommandAppException)exception).Pretty is { } rendering)
                {
                    pretty.Write(rendering);
                }
                else
                {
                    error.WriteLine($"Error: {exception.Message}");
                }

                return ExitCodes.Usage;
            case ConnectFailedException when !_verbose:
                error.WriteLine($"Error: {exception.Message}");
                return ExitCodes.Failure;
            case ConnectFailedException:
                error.WriteLine($"Error: {exception.Message}");
                error.WriteLine(exception.InnerException?.ToString() ?? exception.StackTrace ?? string.Empty);
                return ExitCodes.Failure;
            default:
                error.WriteLine(_verbose ? exception.ToString() : $"Error: {exception.Message} (--verbose shows the stack trace)");
                return ExitCodes.Failure;
        }
    }

    /// <summary>
    /// The process's exit code. Spectre answers a command line that names no command (nothing, or only a branch such
    /// as <c>ingest articles</c>) with help and 0 or 1; it is a usage error, unless help or the version was asked for.
    /// </summary>
    public int ExitCode(int result) =>
        !_ran && !_failed && !_arguments.Any(argument => s_helpOrVersion.Contains(argument, StringComparer.Ordinal))
            ? ExitCodes.Usage
            : result;
}
