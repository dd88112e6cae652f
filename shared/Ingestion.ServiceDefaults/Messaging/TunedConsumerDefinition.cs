using MassTransit;
using Microsoft.Extensions.Options;

namespace Ingestion.ServiceDefaults.Messaging;

/// <summary>
/// The settings every pipeline consumer shares: prefetch and concurrency from <see cref="BusOptions"/>, and
/// retries with backoff before a message is moved to its <c>_error</c> queue.
/// </summary>
public abstract class TunedConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    private readonly BusOptions _options;

    protected TunedConsumerDefinition(IOptions<BusOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        ConcurrentMessageLimit = _options.ConcurrentMessageLimit;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        ArgumentNullException.ThrowIfNull(endpointConfigurator);
        endpointConfigurator.PrefetchCount = _options.PrefetchCount;
        ConfigureFailureHandling(endpointConfigurator, context);
    }

    /// <summary>
    /// How the endpoint meets a failing message. The default is <see cref="UseBusRetry"/> for every exception; a
    /// consumer whose failures can outlast those retries (a store that is down) overrides it, e.g. to hold such
    /// messages longer or to stop the endpoint, and calls <see cref="UseBusRetry"/> for everything else.
    /// </summary>
    protected virtual void ConfigureFailureHandling(IReceiveEndpointConfigurator endpointConfigurator, IRegistrationContext context) =>
        UseBusRetry(endpointConfigurator, _ => { });

    /// <summary>Retries <see cref="BusOptions.RetryLimit"/> times with exponential backoff; <paramref name="configure"/> may filter exceptions.</summary>
    protected void UseBusRetry(IReceiveEndpointConfigurator endpointConfigurator, Action<IRetryConfigurator> configure)
    {
        ArgumentNullException.ThrowIfNull(endpointConfigurator);
        ArgumentNullException.ThrowIfNull(configure);
        endpointConfigurator.UseMessageRetry(retry =>
        {
            retry.Exponential(
                _options.RetryLimit,
                TimeSpan.FromMilliseconds(100),
                TimeSpan.FromSeconds(5),
                TimeSpan.FromMilliseconds(200));
            configure(retry);
        });
    }
}
