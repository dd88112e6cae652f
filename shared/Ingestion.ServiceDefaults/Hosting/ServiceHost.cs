using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ingestion.ServiceDefaults.Hosting;

/// <summary>
/// The one way a service process runs: answers <c>--healthcheck</c>, or builds its web host and runs it. When a
/// component asked for a <see cref="HostRestart"/>, the process stops and exits with <see cref="RestartExitCode"/>, for
/// its supervisor (Docker's restart policy, Kubernetes, systemd) to start it again.
/// </summary>
/// <remarks>
/// Why a new process and not a new host in this one: a host rebuilt in-process was tried, and the old, wedged
/// connection stayed open beside the new one, its consumers still holding their unacknowledged messages, so those
/// messages never came back. Only the end of the process closes that socket, and then the broker redelivers them.
/// </remarks>
public static partial class ServiceHost
{
    /// <summary><c>EX_TEMPFAIL</c>: a temporary failure, try again; what the service exits with to be restarted.</summary>
    public const int RestartExitCode = 75;

    /// <summary>Runs the service; the process exit code.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="configure">Adds the service's own parts to the builder.</param>
    public static async Task<int> RunAsync(string[] args, Action<WebApplicationBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        if (HealthProbe.IsRequested(args))
        {
            return await HealthProbe.RunAsync(args).ConfigureAwait(false);
        }

        // Before the host loads anything large: what start-up frees is returned, not kept resident (see NativeHeap).
        NativeHeap.ReturnLargeBlocks();
        WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        configure(builder);
        WebApplication app = builder.Build();
        app.MapDefaultEndpoints();
        HostRestart? restart = app.Services.GetService<HostRestart>();
        ILogger logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ServiceHost));
        try
        {
            await app.RunAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (restart is { Requested: true })
        {
            // The wedged bus does not stop within its timeout and the host rethrows what its parts threw on stopping:
            // that wedge is why the process restarts.
            LogStopFailed(logger, ex.Message);
        }

        if (restart is not { Requested: true })
        {
            await app.DisposeAsync().ConfigureAwait(false);
            return 0;
        }

        LogRestart(logger, restart.Reason!);
        try
        {
            // What wedged the bus may keep parts of the host from ever disposing; the process ends regardless.
            await app.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            LogDisposeAbandoned(logger);
        }

        return RestartExitCode;
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Exiting to be restarted (exit code 75): {Reason}")]
    private static partial void LogRestart(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The host did not stop cleanly: {Reason}")]
    private static partial void LogStopFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The stopped host did not finish disposing in 10 s; exiting anyway")]
    private static partial void LogDisposeAbandoned(ILogger logger);
}
