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
        endpointConfigurator.UseMessageRetry(retry => retry.Exponential(
            _options.RetryLimit,
            TimeSpan.FromMilliseconds(100),
            TimeSpan.FromSeconds(5),
            TimeSpan.FromMilliseconds(200)));
    }
}
