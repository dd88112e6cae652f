using Ingestion.Enrichment.Engine.Temporal.Evaluation;

namespace Ingestion.Enrichment.Engine.Tests.Temporal.Evaluation;

public sealed class TimeMlReaderTests
{
    private const string Document = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>T1</DOCID>
        <DCT><TIMEX3 tid="t0" type="TIME" value="1998-02-06T22:19:00" temporalFunction="false" functionInDocument="CREATION_TIME">02/06/1998 22:19:00</TIMEX3></DCT>
        <TEXT>Shares <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-05" temporalFunction="true" anchorTimeID="t0">yesterday</TIMEX3>
        after <TIMEX3 tid="t2" type="DURATION" value="P3W" mod="APPROX">about three weeks</TIMEX3> of gains.<TIMEX3 tid="t3" type="DATE" value="PAST_REF"/></TEXT>
        <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
        </TimeML>
        """;

    [Fact]
    public void Parse_TempEvalDocument_StripsTagsAndKeepsOffsetsTypeValueMod()
    {
        TimexDocument document = TimeMlReader.Parse(Document, "T1");

        Assert.Equal(new DateOnly(1998, 2, 6), document.CreationDate);
        Assert.StartsWith("Shares fell yesterday\nafter about three weeks of gains.", document.Text.TrimStart(), StringComparison.Ordinal);
        Assert.Equal(2, document.Gold.Count);
        foreach (Ingestion.Contracts.TemporalAnnotation gold in document.Gold)
        {
            Assert.Equal(gold.Text, document.Text[gold.Start..gold.End]);
        }

        Assert.Equal(("yesterday", "DATE", "1998-02-05", (string?)null), (document.Gold[0].Text, document.Gold[0].Type, document.Gold[0].Value, document.Gold[0].Mod));
        Assert.Equal(("about three weeks", "DURATION", "P3W", "APPROX"), (document.Gold[1].Text, document.Gold[1].Type, document.Gold[1].Value, document.Gold[1].Mod));
    }

    [Fact]
    public void Parse_NoCreationTime_SaysSo()
    {
        var e = Assert.Throws<InvalidDataException>(() => TimeMlReader.Parse("<TimeML><TEXT>in 1998</TEXT></TimeML>", "T2"));

        Assert.Contains("creation time", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoText_SaysSo()
    {
        var e = Assert.Throws<InvalidDataException>(() => TimeMlReader.Parse(
            "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT></TimeML>", "T3"));

        Assert.Contains("TEXT", e.Message, StringComparison.Ordinal);
    }
}
