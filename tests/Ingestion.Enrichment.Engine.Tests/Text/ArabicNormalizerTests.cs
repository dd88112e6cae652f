using Ingestion.Enrichment.Engine.Text;

namespace Ingestion.Enrichment.Engine.Tests.Text;

public class ArabicNormalizerTests
{
    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إبراهيم", "ابراهيم")]
    [InlineData("مصطفى", "مصطفي")]
    [InlineData("الكويتية", "الكويتيه")]
    [InlineData("مُحَمَّد", "محمد")]
    [InlineData("العـــربية", "العربيه")]
    [InlineData("٢٠٢١", "2021")]
    public void Normalize_FoldsLettersDiacriticsAndDigits(string input, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.Normalize(input));

    [Fact]
    public void NormalizeWithOffsets_MapsSpansBackToTheOriginal()
    {
        const string Text = "قال مُحَمَّد إنّه";
        NormalizedText normalized = ArabicNormalizer.NormalizeWithOffsets(Text);
        int start = normalized.Value.IndexOf("محمد", StringComparison.Ordinal);

        (int originalStart, int originalEnd) = normalized.ToOriginal(start, start + 4);

        Assert.Equal("مُحَمَّد", Text[originalStart..originalEnd]);
    }

    [Theory]
    [InlineData("إبراهيمَ", "ابراهيم")]
    [InlineData("Reuters", "reuters")]
    [InlineData("ـ", "")]
    public void FoldWord_Word_NormalizesAndLowerCasesLatin(string word, string folded) =>
        Assert.Equal(folded, ArabicNormalizer.FoldWord(word));
}
