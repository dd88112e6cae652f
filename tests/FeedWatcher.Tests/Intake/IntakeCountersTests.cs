using System.Diagnostics.Metrics;
using Ingestion.FeedWatcher.Intake;
using Ingestion.ServiceDefaults.Telemetry;

namespace Ingestion.FeedWatcher.Tests.Intake;

public class IntakeCountersTests
{
    [Fact]
    public void New_FilesCounter_HasEveryOutcomeAtZero()
    {
        var outcomes = new List<(string? Outcome, long Value)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == IngestionTelemetry.Name && instrument.Name == "ingestion.intake.files")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            lock (outcomes)
            {
                foreach (KeyValuePair<string, object?> tag in tags)
                {
                    if (tag.Key == "outcome")
                    {
                        outcomes.Add((tag.Value as string, value));
                    }
                }
            }
        });
        listener.Start();

        _ = new IntakeCounters();

        // Other tests may count files meanwhile: the constructor's three zeros must be among the measurements.
        lock (outcomes)
        {
            Assert.Superset(new HashSet<(string?, long)> { ("processed", 0), ("duplicate", 0), ("failed", 0) }, outcomes.ToHashSet());
        }
    }
}
