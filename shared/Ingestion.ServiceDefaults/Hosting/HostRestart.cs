using Microsoft.Extensions.Hosting;

namespace Ingestion.ServiceDefaults.Hosting;

/// <summary>
/// Lets a component ask for the whole host to be built and started again in the same process: the way out of a state
/// the libraries cannot leave by themselves (see <see cref="Messaging.Stalls.ConsumerStallWatchdog"/>).
/// </summary>
public sealed class HostRestart(IHostApplicationLifetime lifetime)
{
    public string? Reason { get; private set; }

    public bool Requested => Reason is not null;

    public void Request(string reason)
    {
        Reason ??= reason;
        lifetime.StopApplication();
    }
}
