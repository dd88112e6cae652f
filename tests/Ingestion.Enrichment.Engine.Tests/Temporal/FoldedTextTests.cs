using Ingestion.Enrichment.Engine.Temporal;
using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Tests.Temporal;

public sealed class FoldedTextTests
{
    [Theory]
    [InlineData("في الخامس من مايو ٢٠٢١")]
    [InlineData("وَصَلَ الوَفْدُ يَوْمَ الخَمِيسِ")]
    [InlineData("ـــالعامـــ ٢٠٢١م\u200F")]
    [InlineData("\u064Eأ")]
    [InlineData("")]
    public void Create_AnyText_AgreesWithNormalizeWithOffsets(string text)
    {
        NormalizedText expected = ArabicNormalizer.NormalizeWithOffsets(text);

        FoldedText folded = FoldedText.Create(text);

        Assert.Equal(expected.Value, folded.Value);
        for (int i = 0; i <= expected.Value.Length; i++)
        {
            Assert.Equal(expected.OriginalOffsets[i], folded.OriginalIndex(i));
        }
    }
}
