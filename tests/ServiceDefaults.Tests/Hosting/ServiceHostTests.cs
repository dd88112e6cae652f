using Ingestion.ServiceDefaults.Hosting;
using Ingestion.ServiceDefaults.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ServiceDefaults.Tests.Hosting;

public class ServiceHostTests
{
    private static readonly string[] s_args = ["--urls", "http://127.0.0.1:0"];

    [Fact]
    public async Task RunAsync_RestartRequestedAndStopFails_BuildsTheHostAndItsBusAgainThenExitsCleanly()
    {
        var runs = new List<int>();

        int exitCode = await ServiceHost.RunAsync(s_args, builder =>
        {
            int run = runs.Count + 1;
            runs.Add(run);
            // The bus (in memory here) is what carries state from one host to the next, if anything does.
            builder.Services.AddIngestionBus(builder.Configuration, _ => { });
            builder.Services.AddHostedService(provider => new ScriptedService(
                run,
                provider.GetRequiredService<HostRestart>(),
                provider.GetRequiredService<IHostApplicationLifetime>()));
        }).WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        Assert.Equal([1, 2], runs);
    }

    /// <summary>First run: asks for a restart, then fails to stop (as a wedged bus does). Second run: stops the host plainly.</summary>
    private sealed class ScriptedService(int run, HostRestart restart, IHostApplicationLifetime lifetime) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            lifetime.ApplicationStarted.Register(() =>
            {
                if (run == 1)
                {
                    restart.Request("scripted stall");
                }
                else
                {
                    lifetime.StopApplication();
                }
            });
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) =>
            run == 1 ? Task.FromException(new InvalidOperationException("wedged consumers")) : Task.CompletedTask;
    }
}
