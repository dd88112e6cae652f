using Ingestion.Enrichment.Engine.Entities.Features;
using Ingestion.Enrichment.Engine.Entities.Model;

namespace Ingestion.Enrichment.Engine.Tests.Entities.Features;

public class FirstPassLabelsTests
{
    [Fact]
    public void Build_SameWordTaggedAndUntagged_ReportsBoth()
    {
        FirstPassLabels labels = FirstPassLabels.Build(
        [
            ([7UL, 8UL], [NerLabels.Parse("B-ORG"), 0]),
            ([7UL, 0UL], [0, NerLabels.Parse("B-LOC")]),
        ]);

        Assert.Equal((1 << 1) | FirstPassLabels.Untagged, labels.MaskOf(7));
        Assert.Equal(FirstPassLabels.Untagged, labels.MaskOf(8));
        Assert.Equal(0, labels.MaskOf(0));
        Assert.Equal(0, labels.MaskOf(9));
    }
}
