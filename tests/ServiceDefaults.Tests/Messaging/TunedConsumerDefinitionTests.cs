using Ingestion.ServiceDefaults.Messaging;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ingestion.ServiceDefaults.Tests.Messaging;

public class TunedConsumerDefinitionTests
{
    [Fact]
    public async Task ConfigureConsumer_MessageThatAlwaysFails_IsRetriedThenFaultedWithoutLooping()
    {
        var attempts = new AttemptCounter();
        await using ServiceProvider provider = new ServiceCollection()
            .AddSingleton(attempts)
            .AddSingleton(Options.Create(new BusOptions { RetryLimit = 2 }))
            .AddMassTransitTestHarness(bus => bus.AddConsumer<PoisonConsumer, PoisonConsumerDefinition>())
            .BuildServiceProvider(true);
        ITestHarness harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        await harness.Bus.Publish(new Poison("bad"), TestContext.Current.CancellationToken);

        Assert.True(await harness.Published.Any<Fault<Poison>>());
        IPublishedMessage<Fault<Poison>> fault = Assert.Single(harness.Published.Select<Fault<Poison>>());
        Assert.Contains("cannot be handled", fault.Context.Message.Exceptions[0].Message, StringComparison.Ordinal);
        Assert.Equal(3, attempts.Count);
    }

    public sealed record Poison(string Reason);

    public sealed class AttemptCounter
    {
        private int _count;

        public int Count => _count;

        public void Increment() => Interlocked.Increment(ref _count);
    }

    public sealed class PoisonConsumer(AttemptCounter attempts) : IConsumer<Poison>
    {
        public Task Consume(ConsumeContext<Poison> context)
        {
            attempts.Increment();
            throw new InvalidOperationException($"{context.Message.Reason} cannot be handled");
        }
    }

    public sealed class PoisonConsumerDefinition(IOptions<BusOptions> options) : TunedConsumerDefinition<PoisonConsumer>(options);
}
