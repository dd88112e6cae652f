using MassTransit;

namespace Ingestion.Deployment.Tests.Monitoring;

/// <summary>Consumes one probe and faults on another, so that MassTransit's meter has its consume and fault instruments.</summary>
public sealed class MetricsProbeConsumer : IConsumer<MetricsProbe>
{
    public Task Consume(ConsumeContext<MetricsProbe> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Message.Fail ? throw new InvalidOperationException("The probe asked to fail.") : Task.CompletedTask;
    }
}
