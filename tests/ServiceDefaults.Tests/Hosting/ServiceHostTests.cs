using Ingestion.ServiceDefaults.Hosting;
using Ingestion.ServiceDefaults.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ServiceDefaults.Tests.Hosting;

public class ServiceHostTests
{
    private static readonly string[] s_args = ["--urls", "http://127.0.0.1:0"];

    [Fact]
    public async Task RunAsync_RestartRequestedAndStopFails_ExitsWithTheRestartCode()
    {
        int exitCode = await ServiceHost.RunAsync(s_args, builder =>
        {
            const int run = 1;
            builder.Services.AddIngestionBus(builder.Configuration, _ => { });
            builder.Services.AddHostedService(provider => new ScriptedService(
                run,
                provider.GetRequiredService<HostRestart>(),
                provider.GetRequiredService<IHostApplicationLifetime>()));
        }).WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

        Assert.Equal(ServiceHost.RestartExitCode, exitCode);
    }

    [Fact]
    public async Task RunAsync_StoppedPlainly_ExitsWithZero()
    {
        int exitCode = await ServiceHost.RunAsync(s_args, builder =>
        {
            const int run = 2;
            builder.Services.AddIngestionBus(builder.Configuration, _ => { });
            builder.Services.AddHostedService(provider => new ScriptedService(
                run,
                provider.GetRequiredService<HostRestart>(),
                provider.GetRequiredService<IHostApplicationLifetime>()));
        }).WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
    }

    /// <summary>Run 1: asks for a restart, then fails to stop (as a wedged bus does). Run 2: stops the host plainly.</summary>
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
