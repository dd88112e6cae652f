using Ingestion.Storage.Persistence;
using Ingestion.Storage.Persistence.Mongo;

namespace Ingestion.Storage.Tests.Persistence.Mongo;

public sealed class MongoBulkUpsertPlanTests
{
    [Fact]
    public void Writes_RepeatedIds_KeepsLastCopyInFirstSeenOrder()
    {
        MongoBulkUpsertPlan plan = new([
            ArticleDocuments.Full("a", title: "a1"),
            ArticleDocuments.Full("b"),
            ArticleDocuments.Full("a", title: "a2"),
        ]);

        Assert.Equal(["a", "b"], plan.Writes.Select(d => d.Id));
        Assert.Equal("a2", plan.Writes[0].Title);
    }

    [Fact]
    public void Outcomes_CreatedWriteRepeatedInInput_FirstCopyCreatedLaterReplaced()
    {
        MongoBulkUpsertPlan plan = new([
            ArticleDocuments.Minimal("a"),
            ArticleDocuments.Minimal("b"),
            ArticleDocuments.Minimal("a"),
            ArticleDocuments.Minimal("c"),
        ]);

        IReadOnlyList<UpsertOutcome> outcomes = plan.Outcomes([0, 2]);

        Assert.Equal([UpsertOutcome.Created, UpsertOutcome.Replaced, UpsertOutcome.Replaced, UpsertOutcome.Created], outcomes);
    }

    [Fact]
    public void Outcomes_NothingCreated_AllReplaced()
    {
        MongoBulkUpsertPlan plan = new([ArticleDocuments.Minimal("a"), ArticleDocuments.Minimal("a")]);

        Assert.Equal([UpsertOutcome.Replaced, UpsertOutcome.Replaced], plan.Outcomes([]));
    }
}
