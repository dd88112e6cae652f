using System.Diagnostics;

namespace Ingestion.IntegrationTests.Crash;

/// <summary>
/// <c>rabbitmqctl</c> on the local node: stops and starts the RabbitMQ application (the Erlang node stays up), the
/// outage the crash suite injects. Only usable when the tests' broker is this machine's rabbitmq-server.
/// </summary>
internal static class LocalRabbitMq
{
    private static readonly string[] s_candidates = ["/usr/sbin/rabbitmqctl", "/usr/lib/rabbitmq/bin/rabbitmqctl", "/usr/local/sbin/rabbitmqctl"];

    /// <summary>Why the outage cannot be injected against <paramref name="broker"/>; null when it can.</summary>
    public static async Task<string?> WhyUnusableAsync(Uri broker)
    {
        if (!broker.IsLoopback)
        {
            return $"The broker at {broker.Host} is not this machine's rabbitmq-server: rabbitmqctl cannot stop it.";
        }

        if (Executable is null)
        {
            return "rabbitmqctl is not installed: the broker outage cannot be injected.";
        }

        (int exitCode, string output) = await RunAsync(TimeSpan.FromSeconds(30), "status");
        return exitCode == 0 ? null : $"rabbitmqctl status failed (exit {exitCode}), so the broker is not ours to stop: {output}";
    }

    public static async Task StopAppAsync() => await RunCheckedAsync(TimeSpan.FromMinutes(1), "stop_app");

    /// <summary>Starts the application again and returns once the node reports it running.</summary>
    public static async Task StartAppAsync()
    {
        await RunCheckedAsync(TimeSpan.FromMinutes(1), "start_app");
        await RunCheckedAsync(TimeSpan.FromMinutes(2), "await_startup");
    }

    private static string? Executable => s_candidates.FirstOrDefault(File.Exists);

    private static async Task RunCheckedAsync(TimeSpan deadline, string command)
    {
        (int exitCode, string output) = await RunAsync(deadline, command);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {command} failed (exit {exitCode}): {output}");
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(TimeSpan deadline, string command)
    {
        var start = new ProcessStartInfo(Executable!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(command);
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();

        // Not the test's token: the broker must be started again even when the test is being cancelled.
        using var timeout = new CancellationTokenSource(deadline);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"timed out after {deadline.TotalSeconds:0}s");
        }

        return (process.ExitCode, (await stdout + await stderr).Trim());
    }
}
