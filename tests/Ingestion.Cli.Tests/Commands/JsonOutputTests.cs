using System.Text.Json;
using Ingestion.Cli.Tests.Infrastructure;

namespace Ingestion.Cli.Tests.Commands;

/// <summary>Every command that prints data takes --json, and then stdout is JSON only (the rest goes to stderr).</summary>
public sealed class JsonOutputTests : IDisposable
{
    private static readonly Dictionary<string, string?> s_noEnvironment = [];

    private readonly string _folder = Directory.CreateTempSubdirectory("ingestion-json-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Run_Json_PrintsEachStoredArticleAsOneJsonLineAndNothingElse()
    {
        string feed = Directory.CreateDirectory(Path.Combine(_folder, "feed")).FullName;
        File.Copy(RepositoryFolders.Seed, Path.Combine(feed, Path.GetFileName(RepositoryFolders.Seed)));

        (int exitCode, string output, string error) = await IngestProcess.RunAsync(
            new Dictionary<string, string?> { ["Feed__QuietPeriod"] = "00:00:00.200" },
            "run", "--feed", feed, "--data", Path.Combine(_folder, "data"), "--no-dashboard", "--until-idle", "--json");

        Assert.True(exitCode == 0, error + output);
        string line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        JsonElement stored = JsonDocument.Parse(line).RootElement;
        Assert.Matches("^[0-9a-f]{32}$", stored.GetProperty("articleId").GetString());
        Assert.Contains("Stored 1 article(s).", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedRetry_Json_ListsEachFileAndWhereItWent()
    {
        string feed = Directory.CreateDirectory(Path.Combine(_folder, "feed")).FullName;
        string failed = Directory.CreateDirectory(Path.Combine(feed, "failed")).FullName;
        File.WriteAllText(Path.Combine(failed, "bad.txt"), "title\nbody\n");

        (int exitCode, string output, string error) = await IngestProcess.RunAsync(s_noEnvironment, "feed", "retry", "--failed", "--feed", feed, "--json");

        Assert.True(exitCode == 0, error + output);
        JsonElement moved = Assert.Single(JsonDocument.Parse(output).RootElement.EnumerateArray());
        Assert.Equal("bad.txt", moved.GetProperty("file").GetString());
        Assert.Equal(Path.Combine(feed, "bad.txt"), moved.GetProperty("movedTo").GetString());
    }

    [Fact]
    public async Task Republish_JsonNothingInRange_PrintsZeroWithoutReachingTheBroker()
    {
        string articles = await StoreWithOneArticle.CreateAsync(_folder);

        (int exitCode, string output, string error) = await IngestProcess.RunAsync(
            s_noEnvironment, "articles", "republish", "--since", "2100-01-01", "--articles", articles, "--rabbitmq", "amqp://guest:guest@127.0.0.1:1/", "--json");

        Assert.True(exitCode == 0, error + output);
        Assert.Equal(0, JsonDocument.Parse(output).RootElement.GetProperty("republished").GetInt32());
    }

    [Fact]
    public async Task EvaluateNer_Json_PrintsTheScoresAsOneObject()
    {
        string gold = Path.Combine(_folder, "gold.conll");
        File.WriteAllText(gold, "زار O\nالرئيس O\nالكويت B-LOC\n\n");

        (int exitCode, string output, string error) = await IngestProcess.RunAsync(s_noEnvironment, "evaluate", "ner", "--gold", gold, "--json");

        Assert.True(exitCode == 0, error + output);
        JsonElement scores = JsonDocument.Parse(output).RootElement;
        Assert.Equal(1, scores.GetProperty("sentences").GetInt32());
        Assert.Equal(1, scores.GetProperty("micro").GetProperty("gold").GetInt32());
        Assert.True(scores.GetProperty("perType").TryGetProperty("LOC", out _));
    }

    [Fact]
    public async Task EvaluateDates_Json_PrintsTheScoresAsOneObject()
    {
        string cases = Path.Combine(RepositoryFolders.Root, "shared", "data", "corpus", "dates-ar");

        (int exitCode, string output, string error) = await IngestProcess.RunAsync(s_noEnvironment, "evaluate", "dates", "--cases", cases, "--json");

        Assert.True(exitCode == 0, error + output);
        JsonElement scores = JsonDocument.Parse(output).RootElement;
        Assert.True(scores.GetProperty("extractorPassed").GetInt32() > 0);
        Assert.NotEmpty(scores.GetProperty("files").EnumerateArray());
    }
}
