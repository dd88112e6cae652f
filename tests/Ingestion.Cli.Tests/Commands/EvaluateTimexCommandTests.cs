using System.Text.Json;
using Ingestion.Cli.Tests.Infrastructure;

namespace Ingestion.Cli.Tests.Commands;

/// <summary><c>ingest evaluate timex</c> on two small TimeML documents, one of them held out.</summary>
public sealed class EvaluateTimexCommandTests : IDisposable
{
    private static readonly Dictionary<string, string?> s_environment = [];

    private readonly string _folder = Directory.CreateTempSubdirectory("ingest-timex-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task EvaluateTimex_DevPartAsJson_ScoresOnlyTheDevDocuments()
    {
        // The tagger finds "yesterday" (1998-02-05) but not the gold "a while" (not a rule of ours).
        Write("dev1", "Shares <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-02-05\">yesterday</TIMEX3> fell for <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"PXD\">a while</TIMEX3>.");
        Write("held1", "It rained <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-02-06\">today</TIMEX3>.");
        string heldOut = Path.Combine(_folder, "held-out.txt");
        File.WriteAllText(heldOut, "# held out\nheld1\n");

        (int exitCode, string output, string error) = await IngestProcess.RunAsync(
            s_environment, "evaluate", "timex", "--gold", _folder, "--held-out", heldOut, "--part", "dev", "--json");

        Assert.True(exitCode == 0, error + output);
        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement overall = json.RootElement.GetProperty("overall");
        Assert.Equal(1, json.RootElement.GetProperty("documents").GetInt32());
        Assert.Equal(2, overall.GetProperty("gold").GetInt32());
        Assert.Equal(1, overall.GetProperty("system").GetInt32());
        Assert.Equal(0.5, overall.GetProperty("relaxed").GetProperty("recall").GetDouble(), 3);
        Assert.Equal(1.0, overall.GetProperty("valueAccuracy").GetDouble(), 3);
    }

    [Fact]
    public async Task EvaluateTimex_MissingFolder_IsRejected()
    {
        (int exitCode, _, string error) = await IngestProcess.RunAsync(
            s_environment, "evaluate", "timex", "--gold", Path.Combine(_folder, "nowhere"));

        Assert.Equal(2, exitCode);
        Assert.Contains("--gold", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateTimex_BrokenTimeMl_SaysWhichFileAndFails()
    {
        File.WriteAllText(Path.Combine(_folder, "bad.tml"), "<TimeML><TEXT>in 1998</TEXT></TimeML>");

        (int exitCode, _, string error) = await IngestProcess.RunAsync(s_environment, "evaluate", "timex", "--gold", _folder);

        Assert.Equal(1, exitCode);
        Assert.Contains("creation time", error, StringComparison.Ordinal);
    }

    private void Write(string id, string text) => File.WriteAllText(Path.Combine(_folder, id + ".tml"), $"""
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>{id}</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-06" temporalFunction="false" functionInDocument="CREATION_TIME">19980206</TIMEX3></DCT>
        <TEXT>{text}</TEXT>
        </TimeML>
        """);
}
