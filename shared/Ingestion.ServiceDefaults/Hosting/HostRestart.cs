using Microsoft.Extensions.Hosting;

namespace Ingestion.ServiceDefaults.Hosting;

/// <summary>
/// Lets a component ask for the service to stop and be started again, a fresh process: the way out of a state the
/// libraries cannot leave by themselves (see <see cref="Messaging.Stalls.ConsumerStallWatchdog"/>). The process exits
/// with <see cref="ServiceHost.RestartExitCode"/>; its supervisor starts it again.
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
