using Ingestion.Contracts;
using Spectre.Console;

namespace Ingestion.Cli.Running;

/// <summary>Tells the person at the terminal what was stored, and counts it for <c>--until-idle</c>.</summary>
public sealed class StoredArticleReporter
{
    private long _stored;

    public long Stored => Interlocked.Read(ref _stored);

    public void Report(ArticleStored stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        Interlocked.Increment(ref _stored);
        AnsiConsole.MarkupLineInterpolated(
            $"[green]stored[/] {stored.ArticleId} [grey]{stored.FileName}[/] {stored.Language} · {stored.EntityCount} entities · {stored.TemporalCount} dates · {stored.Title}");
    }
}
