using System.Text.Json;
using Ingestion.Contracts;
using Spectre.Console;

namespace Ingestion.Cli.Running;

/// <summary>
/// Tells the person at the terminal what was stored (or a script, one <see cref="ArticleStored"/> JSON object per line
/// under <c>--json</c>), and counts it for <c>--until-idle</c>.
/// </summary>
public sealed class StoredArticleReporter(bool json = false)
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private long _stored;

    public long Stored => Interlocked.Read(ref _stored);

    public void Report(ArticleStored stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        Interlocked.Increment(ref _stored);
        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(stored, s_json));
            return;
        }

        AnsiConsole.MarkupLineInterpolated(
            $"[green]stored[/] {stored.ArticleId} [grey]{stored.FileName}[/] {stored.Language} · {stored.EntityCount} entities · {stored.TemporalCount} dates · {stored.Title}");
    }
}
