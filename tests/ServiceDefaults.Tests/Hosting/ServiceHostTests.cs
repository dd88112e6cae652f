using Ingestion.ServiceDefaults.Hosting;
using Ingestion.ServiceDefaults.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ingestion.ServiceDefaults.Tests.Hosting;

public class ServiceHostTests
{
    private static readonly string[] s_args = ["--urls", "http://127.0.0.1:0"];

    [Fact]
    public async Task RunAsync_RestartRequestedAndStopFails_ExitsWithTheRestartCode() =>
        Assert.Equal(ServiceHost.RestartExitCode, await RunAsync(Script.AskRestartThenFailToStop));

    [Fact]
    public async Task RunAsync_StoppedPlainly_ExitsWithZero() =>
        Assert.Equal(0, await RunAsync(Script.StopPlainly));

    private static Task<int> RunAsync(Script script) =>
        ServiceHost.RunAsync(s_args, builder =>
        {
            builder.Services.AddIngestionBus(builder.Configuration, _ => { });
            builder.Services.AddHostedService(provider => new ScriptedService(
                script,
                provider.GetRequiredService<HostRestart>(),
                provider.GetRequiredService<IHostApplicationLifetime>()));
        }).WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

    private enum Script
    {
        /// <summary>Asks for a restart, then fails to stop, as a wedged bus does.</summary>
        AskRestartThenFailToStop,

        /// <summary>Stops the host as an operator would.</summary>
        StopPlainly,
    }

    private sealed class ScriptedService(Script script, HostRestart restart, IHostApplicationLifetime lifetime) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            lifetime.ApplicationStarted.Register(() =>
            {
                if (script == Script.AskRestartThenFailToStop)
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
            script == Script.AskRestartThenFailToStop ? Task.FromException(new InvalidOperationException("wedged consumers")) : Task.CompletedTask;
    }
}
