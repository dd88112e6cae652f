namespace Ingestion.ServiceDefaults.Messaging.Stalls;

/// <summary>
/// One queue at one check: what the broker says of it (messages ready for delivery, consumers attached) and whether
/// this service finished a consume attempt on it since the previous check.
/// </summary>
public readonly record struct QueueState(string Queue, uint Ready, uint Consumers, bool Progressed)
{
    /// <summary>
    /// Work waits and is not being worked: nobody consumes it, or the consumers attached have finished nothing (stuck in a
    /// publish to a closed channel). True, briefly, of a service reconnecting too.
    /// </summary>
    public bool Stuck => Ready > 0 && (Consumers == 0 || !Progressed);
}
