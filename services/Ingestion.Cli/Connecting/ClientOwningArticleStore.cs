using Ingestion.Storage.Persistence;

namespace Ingestion.Cli.Connecting;

/// <summary>A store over a database client the command made for it (with its own timeouts); disposing the store disposes the client.</summary>
internal sealed class ClientOwningArticleStore(IArticleStore inner, IDisposable client) : DelegatingArticleStore(inner)
{
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync().ConfigureAwait(false);
        client.Dispose();
    }
}
