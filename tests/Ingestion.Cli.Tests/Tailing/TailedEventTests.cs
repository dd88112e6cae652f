using System.Text;
using System.Text.Json;
using Ingestion.Cli.Tailing;

namespace Ingestion.Cli.Tests.Tailing;

public sealed class TailedEventTests
{
    private const string Stored = """
        {"messageId":"m-1","sentTime":"2026-11-30T20:21:18Z","messageType":["urn:message:Ingestion.Contracts:ArticleStored"],
         "message":{"articleId":"a-1","fileName":"<b>x</b>.txt","store":"litedb","location":"articles.db#articles","title":"[red]عنوان[/]"}}
        """;

    [Fact]
    public void Parse_StoredEnvelope_ReadsKindAndMessage()
    {
        TailedEvent tailed = TailedEvent.Parse(Encoding.UTF8.GetBytes(Stored))!;

        Assert.Equal("stored", tailed.Kind);
        Assert.Equal("a-1", tailed.ArticleId);
    }

    [Fact]
    public void Parse_NotJsonOrForeignType_ReturnsNull()
    {
        Assert.Null(TailedEvent.Parse("not json"u8));
        Assert.Null(TailedEvent.Parse("""{"messageType":["urn:message:Other:Thing"],"message":{}}"""u8));
        Assert.Null(TailedEvent.Parse("""{"message":{}}"""u8));
    }

    [Fact]
    public void ToJsonLine_Stored_OneLineWithEventAndMessage()
    {
        string line = TailedEvent.Parse(Encoding.UTF8.GetBytes(Stored))!.ToJsonLine();

        Assert.DoesNotContain('\n', line);
        JsonElement json = JsonDocument.Parse(line).RootElement;
        Assert.Equal("stored", json.GetProperty("event").GetString());
        Assert.Equal("m-1", json.GetProperty("messageId").GetString());
        Assert.Equal("a-1", json.GetProperty("message").GetProperty("articleId").GetString());
    }

    [Fact]
    public void ToMarkupLine_TextWithMarkupCharacters_IsEscaped()
    {
        string line = TailedEvent.Parse(Encoding.UTF8.GetBytes(Stored))!.ToMarkupLine();

        Assert.Contains("[[red]]عنوان[[/]]", line, StringComparison.Ordinal);
        Spectre.Console.Markup.Remove(line);
    }
}
