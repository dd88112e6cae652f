using Ingestion.Enrichment.Engine.Temporal.Rules;

namespace Ingestion.Enrichment.Engine.Tests.Temporal.Rules;

public sealed class StartGuardTests
{
    private readonly StartGuard _guard = new(["ست", "قبل", "الساعه"], digits: true);

    [Theory]
    [InlineData("ست سنوات", 0)]
    [InlineData("قبلها بيوم", 0)]
    [InlineData("في الساعه 8", 3)]
    [InlineData("في الساعه 8", 10)]
    public void Allows_StartOfAPossibleWordOrADigit_IsTrue(string text, int index) =>
        Assert.True(_guard.Allows(text, index));

    [Theory]
    [InlineData("بعد سنوات", 0)]
    [InlineData("الرئيس", 0)]
    [InlineData("س", 0)]
    public void Allows_AnyOtherStart_IsFalse(string text, int index) =>
        Assert.False(_guard.Allows(text, index));

    [Fact]
    public void Allows_DigitWhenDigitsAreNotAStart_IsFalse() =>
        Assert.False(new StartGuard(["كل"], digits: false).Allows("2021", 0));
}
