using System.Text.Json.Serialization;

namespace Ingestion.IntegrationTests.Crash;

/// <summary>One queue's name and depth (ready + unacknowledged), as the management API reports them (refreshed every few seconds).</summary>
internal sealed record QueueDepth([property: JsonPropertyName("name")] string Name, [property: JsonPropertyName("messages")] long Messages)
{
    /// <summary>MassTransit's dead-letter queues: faulted (<c>_error</c>) and unroutable-to-a-consumer (<c>_skipped</c>) messages.</summary>
    public bool IsErrorQueue => Name.EndsWith("_error", StringComparison.Ordinal) || Name.EndsWith("_skipped", StringComparison.Ordinal);
}
