namespace Ingestion.Benchmarks;

/// <summary>English newswire written for the benchmark (no corpus licence involved), about the size of a wire item.</summary>
internal static class EnglishArticles
{
    public static readonly (string Title, string Body)[] All =
    [
        (
            "U.S. and Kuwait discuss closer security cooperation",
            "KUWAIT CITY (Reuters) - Kuwait's Foreign Minister Sheikh Ahmad Nasser Al-Mohammad Al-Sabah met U.S. Secretary of State Antony Blinken on Thursday at the ministry in Kuwait City, during Blinken's official visit to the Gulf state.\n"
            + "The two sides discussed the strategic relationship between Kuwait and the United States, which marks 60 years of diplomatic relations this year and 30 years since the liberation of Kuwait, the Kuwait News Agency reported.\n"
            + "They agreed to hold the fifth round of the strategic dialogue in Washington in the last quarter of the year, and to step up cooperation on counter-terrorism, cyber security and mutual legal assistance.\n"
            + "U.S. Ambassador to Kuwait Alina Romanowski said Washington was ready to share its expertise on security matters, adding that she was proud of the progress made during the talks."
        ),
        (
            "Oil prices rise as OPEC+ keeps output steady",
            "LONDON (Reuters) - Oil prices rose on Monday after OPEC and its allies agreed to keep production steady for another month, while traders weighed the outlook for demand in China and Europe.\n"
            + "Brent crude futures were up 1.2 percent at $78.40 a barrel by 1000 GMT, while U.S. West Texas Intermediate crude gained 1.1 percent to $74.90.\n"
            + "Saudi Arabia's energy minister said the group would remain cautious and could act at any time if the market needed support, according to a statement carried by the Saudi Press Agency.\n"
            + "Analysts at Goldman Sachs said they expected inventories to fall in the second half of the year as travel picked up in the United States and in Asia."
        ),
        (
            "Egypt opens new administrative capital to ministries",
            "CAIRO (AP) — Egypt began moving government ministries to its new administrative capital east of Cairo on Sunday, President Abdel Fattah el-Sissi's office said, in a long-planned shift of the seat of government.\n"
            + "The prime minister chaired the first cabinet meeting in the new district, which is expected to house parliament, the presidential palace and dozens of ministries by the end of next year.\n"
            + "Officials said about 50,000 civil servants would commute to the new capital from Cairo in the first phase, with electric trains linking the two cities from next summer.\n"
            + "The World Bank and the International Monetary Fund have urged Egypt to control spending on large infrastructure projects as the country's debt has risen sharply since 2016."
        ),
    ];
}
