namespace Ingestion.Cli.Management;

/// <summary>One queue as the management API reports it; rates are messages per second over the last sample.</summary>
public sealed record QueueInfo(string Name, long Ready, long Unacknowledged, int Consumers, double PublishRate, double DeliverRate)
{
    public const string ErrorSuffix = "_error";

    public bool IsErrorQueue => Name.EndsWith(ErrorSuffix, StringComparison.Ordinal);
}
