using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ingestion.ServiceDefaults.Hosting;

/// <summary>
/// The one way a service process runs: answers <c>--healthcheck</c>, or builds its web host and runs it, and builds and
/// runs it again when a component asked for a <see cref="HostRestart"/>, so the service recovers by itself.
/// </summary>
public static partial class ServiceHost
{
    /// <summary>How the log line announcing a restart begins, for whoever supervises the logs.</summary>
    public const string RestartLogMarker = "Starting the host again";

    /// <summary>Runs the service; the process exit code.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="configure">Adds the service's own parts to a fresh builder (called once per run).</param>
    public static async Task<int> RunAsync(string[] args, Action<WebApplicationBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        if (HealthProbe.IsRequested(args))
        {
            return await HealthProbe.RunAsync(args).ConfigureAwait(false);
        }

        while (true)
        {
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
                // that wedge is why it restarts, and the next host starts from scratch anyway.
                LogStopFailed(logger, ex.Message);
            }

            if (restart is { Requested: true })
            {
                LogRestart(logger, restart.Reason!);
            }

            await DisposeAsync(app, logger).ConfigureAwait(false);
            if (restart is not { Requested: true })
            {
                return 0;
            }

            // MassTransit keeps the first host's logger factory in a static, and takes it rather than the next host's
            // while one is set: the next bus would log through a disposed factory and fail to start.
            LogContext.Current = null;
        }
    }

    /// <summary>
    /// Disposes the stopped host, but gives up waiting after a while: what wedged it may hold parts of it for good, and
    /// the next host must not wait on them. Should one of those parts be a file the next host opens (the LiteDB store),
    /// that host fails to start and the process exits with an error, for its supervisor to restart.
    /// </summary>
    private static async Task DisposeAsync(WebApplication app, ILogger logger)
    {
        try
        {
            await app.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            LogDisposeAbandoned(logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = RestartLogMarker + ": {Reason}")]
    private static partial void LogRestart(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The host did not stop cleanly before the restart: {Reason}")]
    private static partial void LogStopFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The stopped host did not finish disposing in 30 s; starting the next one anyway")]
    private static partial void LogDisposeAbandoned(ILogger logger);
}
