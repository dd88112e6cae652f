using System.Diagnostics;
using Ingestion.Deployment.Tests.Manifests;

namespace Ingestion.Deployment.Tests.Compose;

/// <summary><c>docker compose config</c> validates the file against Compose's own schema, where a client exists.</summary>
public class ComposeConfigTests
{
    [Fact]
    public async Task ComposeConfig_WithTheExampleEnvironment_IsValid()
    {
        (string file, string[] prefix)? client = FindClient();
        Assert.SkipWhen(client is null, "Neither the docker compose plugin nor docker-compose is installed.");

        var start = new ProcessStartInfo(client!.Value.file)
        {
            WorkingDirectory = RepositoryFiles.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in client.Value.prefix.Concat(["--env-file", ".env.example", "config", "--quiet"]))
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        Task<string> errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);

        Assert.True(process.ExitCode == 0, $"{start.FileName} {string.Join(' ', start.ArgumentList)} failed: {await errors}");
    }

    // The plugin ("docker compose") when the docker client has it, else the standalone docker-compose.
    private static (string file, string[] prefix)? FindClient()
    {
        if (ExternalCommand.Which("docker") is { } docker && Succeeds(docker, "compose", "version"))
        {
            return (docker, ["compose"]);
        }

        return ExternalCommand.Which("docker-compose") is { } standalone && Succeeds(standalone, "version") ? (standalone, []) : null;
    }

    private static bool Succeeds(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        return process.WaitForExit(30_000) && process.ExitCode == 0;
    }
}
