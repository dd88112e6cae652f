using System.Diagnostics;

namespace Ingestion.Deployment.Tests.Manifests;

/// <summary>A command-line tool the tests run (dotnet, promtool, docker compose): found on PATH, run with a deadline.</summary>
internal static class ExternalCommand
{
    /// <summary>The full path of an executable on PATH, or null.</summary>
    public static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    /// <summary>Runs the command to its end; killed, with a <see cref="TimeoutException"/>, when it outlives the deadline.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string folder, string file, IEnumerable<string> arguments, TimeSpan deadline)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Plain output, whatever the terminal: the assertions read it.
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        Task<string> errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        try
        {
            await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(deadline, TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await errors);
    }

    /// <summary><see cref="RunAsync"/>, failing the test unless the command exits 0; returns its standard output.</summary>
    public static async Task<string> SucceedAsync(string folder, string file, IEnumerable<string> arguments, TimeSpan deadline)
    {
        string[] all = [.. arguments];
        (int exitCode, string output, string errors) = await RunAsync(folder, file, all, deadline);
        Assert.True(exitCode == 0, $"{file} {string.Join(' ', all)} exited {exitCode}:{Environment.NewLine}{output}{errors}");
        return output;
    }
}
