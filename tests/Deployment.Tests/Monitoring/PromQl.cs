using System.Text.RegularExpressions;

namespace Ingestion.Deployment.Tests.Monitoring;

/// <summary>The metric names a PromQL expression reads: what is left once strings, label matchers, ranges, grouping
/// clauses, functions, keywords and numbers are taken out.</summary>
internal static partial class PromQl
{
    private static readonly HashSet<string> s_keywords = new(StringComparer.Ordinal)
    {
        "by", "without", "on", "ignoring", "group_left", "group_right", "and", "or", "unless", "bool", "offset",
        "sum", "min", "max", "avg", "count", "stddev", "stdvar", "topk", "bottomk", "quantile", "count_values", "group",
    };

    public static IReadOnlyList<string> MetricNames(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        string rest = Strings().Replace(expression, " ");
        rest = Matchers().Replace(rest, " ");
        rest = Ranges().Replace(rest, " ");
        rest = Grouping().Replace(rest, " ");
        return [.. Identifiers().Matches(rest)
            .Where(match => !match.Groups["call"].Success && !s_keywords.Contains(match.Groups["name"].Value))
            .Select(match => match.Groups["name"].Value)
            .Distinct(StringComparer.Ordinal)];
    }

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex Strings();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Matchers();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Ranges();

    [GeneratedRegex(@"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")]
    private static partial Regex Grouping();

    // A name not preceded by a letter, digit, dot or $ (numbers like 0.95, variables like $__rate_interval).
    [GeneratedRegex(@"(?<![\w.$])(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?<call>\s*\()?")]
    private static partial Regex Identifiers();
}
