using System.Diagnostics;

namespace Ingestion.Cli.Tests.Infrastructure;

/// <summary>Runs the built <c>ingest</c> command (copied next to the tests) as an operator would, with its own environment.</summary>
internal static class IngestProcess
{
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        RunInAsync(AppContext.BaseDirectory, environment, arguments);

    /// <summary>As <see cref="RunAsync"/>, from another working directory (relative paths and defaults such as ./data resolve there).</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunInAsync(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        ProcessStartInfo start = StartInfo(environment, arguments);
        start.WorkingDirectory = workingDirectory;
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"ingest {string.Join(' ', arguments)} did not finish within 60 s.");
        }

        return (process.ExitCode, await output, await error);
    }

    /// <summary>How every test starts <c>ingest</c>: the built command, the test's environment and nothing else.</summary>
    public static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string?> environment, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ingest.dll"));
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Only what the test gives: a developer's own broker settings must not leak in.
        start.Environment.Remove("Management__Url");
        start.Environment.Remove("ConnectionStrings__RabbitMq");
        foreach ((string name, string? value) in environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }
}
