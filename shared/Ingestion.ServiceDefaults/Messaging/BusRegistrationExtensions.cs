using Ingestion.ServiceDefaults.Hosting;
using Ingestion.ServiceDefaults.Messaging.Stalls;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Ingestion.ServiceDefaults.Messaging;

/// <summary>The one place the bus is configured, so every host and <c>ingest run</c> agree on names and settings.</summary>
public static class BusRegistrationExtensions
{
    public const string RabbitMqConnectionName = "RabbitMq";

    /// <summary>
    /// Registers MassTransit with kebab-case endpoint names and the consumers <paramref name="addConsumers"/> adds,
    /// over RabbitMQ when <c>ConnectionStrings:RabbitMq</c> is set, else over the in-memory transport.
    /// </summary>
    public static IServiceCollection AddIngestionBus(
        this IServiceCollection services,
        IConfiguration configuration,
        Action<IBusRegistrationConfigurator> addConsumers)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(addConsumers);

        services.AddOptions<BusOptions>()
            .BindConfiguration(BusOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // A component that finds the bus wedged asks for the service to stop; ServiceHost then exits with 75 for a restart.
        services.TryAddSingleton<HostRestart>();
        string? rabbitMq = configuration.GetConnectionString(RabbitMqConnectionName);
        BusTransport transport = string.IsNullOrWhiteSpace(rabbitMq) ? BusTransport.InMemory : BusTransport.RabbitMq;

        // The host's start returns only once the bus is connected, so producers never publish into a starting bus.
        // Stopping gives up on consumers that never return (see ConsumerStallWatchdog), so a restart is not held.
        services.Configure<MassTransitHostOptions>(host =>
        {
            host.WaitUntilStarted = true;
            host.StopTimeout = TimeSpan.FromSeconds(20);
        });
        services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();

            // MassTransit reports usage to usage-tracking.masstransit.io unless told not to: the product calls no one
            // but its broker and store (README, Threat model; tested by OutboundConnectionTests).
            bus.DisableUsageTelemetry();
            addConsumers(bus);

            // The bus factory's SetQuorumQueue reaches only the bus's own endpoint, not the consumers' queues that
            // ConfigureEndpoints declares: each of those is set here. (All of them are durable: a temporary, auto-delete
            // endpoint added one day cannot be a quorum queue and would need leaving out.)
            bus.AddConfigureEndpointsCallback((context, _, endpoint) =>
            {
                if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit
                    && context.GetRequiredService<IOptions<BusOptions>>().Value.UseQuorumQueues)
                {
                    rabbit.SetQuorumQueue();
                }
            });

            if (transport == BusTransport.RabbitMq)
            {
                Uri address = RabbitMqAddress.Parse(rabbitMq!);
                RabbitMqAddress.EnsureCredentialsFit(address, configuration[HostDefaults.EnvironmentKey]);
                bus.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(address, host =>
                    {
                        RabbitMqAddress.ApplyCredentials(address, host);

                        // A connection the broker dropped mid-request is noticed within two beats, not the server's
                        // default minute, so the requests waiting on it fail and the endpoints reconnect.
                        host.Heartbeat(TimeSpan.FromSeconds(10));
                    });
                    BusOptions options = context.GetRequiredService<IOptions<BusOptions>>().Value;
                    cfg.PrefetchCount = options.PrefetchCount;
                    cfg.ConfigurePublish(publish => publish.UseExecute(MandatoryRouting.Apply));
                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
            }
        });

        if (transport == BusTransport.RabbitMq)
        {
            services.AddConsumerStallWatchdog(RabbitMqAddress.Parse(rabbitMq!));
        }

        return services;
    }

    /// <summary>Watches the service's queues from the broker's side and has the service restarted when one stays stuck.</summary>
    private static void AddConsumerStallWatchdog(this IServiceCollection services, Uri broker)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ReceiveQueueRegistry>();
        services.AddReceiveEndpointObserver(provider => provider.GetRequiredService<ReceiveQueueRegistry>());
        services.AddSingleton<ConsumeProgress>();
        services.AddConsumeObserver(provider => provider.GetRequiredService<ConsumeProgress>());
        services.AddSingleton(new BrokerQueueProbe(broker));
        services.AddSingleton<ConsumerStallWatchdog>();
        services.AddHostedService(provider => provider.GetRequiredService<ConsumerStallWatchdog>());
        services.AddHealthChecks().Add(new HealthCheckRegistration(
            ConsumerStallWatchdog.CheckName,
            provider => provider.GetRequiredService<ConsumerStallWatchdog>(),
            HealthStatus.Unhealthy,
            [DefaultEndpointsExtensions.ReadyTag]));
    }
}
