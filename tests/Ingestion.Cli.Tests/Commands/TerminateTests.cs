using System.Text.RegularExpressions;
using Ingestion.Cli.Tests.Infrastructure;

namespace Ingestion.Cli.Tests.Commands;

/// <summary>Long-running commands stop in order on SIGTERM, the way a supervisor or <c>kill</c> ends them.</summary>
public sealed partial class TerminateTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ingestion-terminate-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // Guards: the status page's host took SIGTERM for itself and the command kept waiting until it was killed.
    [Fact]
    public async Task Dashboard_Sigterm_ExitsWithZero()
    {
        Dictionary<string, string?> noEnvironment = [];
        await using IngestServer dashboard = IngestServer.Start(
            noEnvironment, "dashboard", "--feed", Path.Combine(_folder, "feed"), "--data", Path.Combine(_folder, "data"), "--urls", "http://127.0.0.1:0");
        await dashboard.WaitForAsync(PageAddress(), TimeSpan.FromSeconds(60));

        int exitCode = await dashboard.TerminateAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, exitCode);
    }

    [GeneratedRegex(@"Status page.* at (http://\S+)")]
    private static partial Regex PageAddress();
}
