using Ingestion.FeedWatcher.Intake;

namespace Ingestion.FeedWatcher.Tests.Intake;

public class ArticleIdentityTests
{
    [Fact]
    public void Of_SameContent_SameIdentity()
    {
        Assert.Equal(ArticleIdentity.Of("T", "B"), ArticleIdentity.Of("T", "B"));
    }

    [Fact]
    public void Of_DifferentContent_DifferentIdentity()
    {
        Assert.NotEqual(ArticleIdentity.Of("T", "B1").ArticleId, ArticleIdentity.Of("T", "B2").ArticleId);
    }

    [Fact]
    public void Of_HashesHeadlineNewlineBody_AsSha256()
    {
        (string articleId, string contentHash) = ArticleIdentity.Of("a", "b");

        // SHA-256 of "a\nb".
        Assert.Equal("7e18f737311b2dc3b2f269dd78396b0351f14fb66efa879f768cb23181883c78", contentHash);
        Assert.Equal(contentHash[..32], articleId);
    }
}
