using MassTransit;

namespace Ingestion.ServiceDefaults.Messaging;

/// <summary>Lets a producer wait until the bus is connected, rather than publish into a bus still starting.</summary>
public static class BusReadiness
{
    private static readonly TimeSpan s_poll = TimeSpan.FromMilliseconds(100);

    public static async Task WaitUntilHealthyAsync(this IBusControl bus, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bus);
        while (bus.CheckHealth().Status != BusHealthStatus.Healthy)
        {
            await Task.Delay(s_poll, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
