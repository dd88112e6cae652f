namespace Ingestion.ServiceDefaults.Messaging.Stalls;

/// <summary>What the broker says of one queue: messages ready for delivery, and consumers attached.</summary>
public readonly record struct QueueState(string Queue, uint Ready, uint Consumers)
{
    /// <summary>Work waits and nobody takes it: true of a stalled consumer, and briefly of one reconnecting.</summary>
    public bool Unattended => Ready > 0 && Consumers == 0;
}
