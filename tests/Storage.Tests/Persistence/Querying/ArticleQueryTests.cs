using Ingestion.Storage.Persistence;
using Ingestion.Storage.Persistence.Querying;

namespace Ingestion.Storage.Tests.Persistence.Querying;

public sealed class ArticleQueryTests
{
    [Fact]
    public void Validated_LowerCaseTypeAndUpperCaseLanguage_StoredSpellings()
    {
        ArticleQuery query = new ArticleQuery { Entity = "مصر", Type = "loc", Language = "AR" }.Validated();

        Assert.Equal("LOC", query.Type);
        Assert.Equal("ar", query.Language);
        Assert.Equal(["LOC:مصر"], query.EntityKeys);
    }

    [Fact]
    public void EntityKeys_NameWithoutType_TheNameUnderEveryTypeAndBare() =>
        Assert.Equal(["القاهره", "PER:القاهره", "ORG:القاهره", "LOC:القاهره", "MISC:القاهره"], new ArticleQuery { Entity = "القاهرة" }.EntityKeys);

    [Fact]
    public void Matches_KeysOfFilesWrittenBeforeNamesWereKeyedOnce_StillFound()
    {
        // Older files keyed every name bare and typed; the bare key alone must still satisfy a search without a type.
        ArticleDocument document = ArticleDocuments.WithEntities("a", ("القاهرة", "LOC"));
        document.Search = new DocumentSearchKeys { Entities = ["LOC:القاهره", "القاهره"] };

        Assert.True(new ArticleQuery { Entity = "القاهرة" }.Validated().Matches(document));
        Assert.True(new ArticleQuery { Entity = "القاهرة", Type = "LOC" }.Validated().Matches(document));
        Assert.False(new ArticleQuery { Entity = "القاهرة", Type = "PER" }.Validated().Matches(document));
    }

    [Theory]
    [InlineData("PERSON", null, null, 0, 20, "Unknown entity type 'PERSON'")]
    [InlineData(null, "  ", null, 0, 20, "entity name is empty")]
    [InlineData(null, null, " ــ ", 0, 20, "no words")]
    [InlineData(null, null, null, -1, 20, "skip cannot be negative")]
    [InlineData(null, null, null, 0, 0, "limit must be between 1 and 500")]
    [InlineData(null, null, null, 0, 501, "limit must be between 1 and 500")]
    public void Validated_BadFilter_ThrowsWithMessageForTheUser(string? type, string? entity, string? text, int skip, int limit, string message)
    {
        ArticleQuery query = new() { Type = type, Entity = entity, Text = text, Skip = skip, Limit = limit };

        ArgumentException error = Assert.Throws<ArgumentException>(query.Validated);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TypeKeyRange_TypeAlone_CoversOnlyThatTypesKeys()
    {
        (string from, string below) = new ArticleQuery { Type = "PER" }.TypeKeyRange!.Value;

        Assert.True(string.CompareOrdinal("PER:محمد", from) >= 0 && string.CompareOrdinal("PER:محمد", below) < 0);
        Assert.False(string.CompareOrdinal("PERX", below) < 0 && string.CompareOrdinal("PERX", from) >= 0);
        Assert.Null(new ArticleQuery { Type = "PER", Entity = "محمد" }.TypeKeyRange);
    }
}
