using Ingestion.FeedWatcher.Parsing;

namespace Ingestion.FeedWatcher.Tests.Parsing;

public class FeedDateTests
{
    [Theory]
    // RFC 822 / 1123, right and wrong weekdays, numeric and named zones, no zone (UTC), two-digit years.
    [InlineData("Wed, 02 Mar 2022 10:00:00 GMT", "2022-03-02T10:00:00+00:00")]
    [InlineData("Tue, 02 Mar 2022 10:00:00 GMT", "2022-03-02T10:00:00+00:00")]
    [InlineData("Tue, 2 Mar 2022 10:00:00 +0300", "2022-03-02T10:00:00+03:00")]
    [InlineData("Tue, 02 Mar 2022 10:00:00 +03:00", "2022-03-02T10:00:00+03:00")]
    [InlineData("Wed, 02 Mar 2022 10:00:00 EST", "2022-03-02T10:00:00-05:00")]
    [InlineData("Wed, 02 Mar 2022 10:00:00 PDT", "2022-03-02T10:00:00-07:00")]
    [InlineData("Wed, 02 Mar 2022 10:00:00 CEST", "2022-03-02T10:00:00+02:00")]
    [InlineData("Wed, 02 Mar 2022 10:00:00 UT", "2022-03-02T10:00:00+00:00")]
    [InlineData("Wed, 02 Mar 2022 10:00:00 Z", "2022-03-02T10:00:00+00:00")]
    [InlineData("Wed, 02 Mar 2022 10:00:00 A", "2022-03-02T10:00:00+00:00")]
    [InlineData("Wed, 02 Mar 2022 10:00:00 GMT+3", "2022-03-02T10:00:00+03:00")]
    [InlineData("Wed, 02 Mar 2022 10:00:00", "2022-03-02T10:00:00+00:00")]
    [InlineData("Wed, 02 Mar 2022 10:00", "2022-03-02T10:00:00+00:00")]
    [InlineData("02 Mar 2022 10:00:00 +0300", "2022-03-02T10:00:00+03:00")]
    [InlineData("Wed, 02 Mar 22 10:00 GMT", "2022-03-02T10:00:00+00:00")]
    [InlineData("Wednesday, 02-Mar-22 10:00:00 GMT", "2022-03-02T10:00:00+00:00")]
    [InlineData("Wed Mar  2 10:00:00 2022", "2022-03-02T10:00:00+00:00")]
    [InlineData("  wed,   02 mar 2022 10:00:00 gmt ", "2022-03-02T10:00:00+00:00")]
    // ISO 8601, RFC 3339 and W3C-DTF, down to a bare year.
    [InlineData("2022-03-02T10:00:00Z", "2022-03-02T10:00:00+00:00")]
    [InlineData("2022-03-02T10:00:00.123+03:00", "2022-03-02T10:00:00.123+03:00")]
    [InlineData("2022-03-02T10:00+03:00", "2022-03-02T10:00:00+03:00")]
    [InlineData("2022-03-02 10:00:00", "2022-03-02T10:00:00+00:00")]
    [InlineData("20220302T100000Z", "2022-03-02T10:00:00+00:00")]
    [InlineData("2022-03-02", "2022-03-02T00:00:00+00:00")]
    [InlineData("2022-03", "2022-03-01T00:00:00+00:00")]
    [InlineData("2022", "2022-01-01T00:00:00+00:00")]
    // Common non-standard forms.
    [InlineData("March 2, 2022", "2022-03-02T00:00:00+00:00")]
    [InlineData("2 March 2022", "2022-03-02T00:00:00+00:00")]
    public void Parse_DateAsFeedsWriteIt_IsRead(string raw, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedDate.Parse(raw));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("32 Mar 2022 10:00:00 GMT")]
    public void Parse_NoDate_IsNull(string? raw) => Assert.Null(FeedDate.Parse(raw));
}
