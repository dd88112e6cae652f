using System.Text.RegularExpressions;

namespace Ingestion.Enrichment.Engine.Temporal.Rules;

/// <summary>
/// One pattern and the function that turns its match into a TIMEX value. The group named <c>x</c>, when present,
/// is the expression's extent (so that a cue word such as "يوم" or "on" can be matched without being annotated).
/// A rule only runs in windows around its trigger words, which is what keeps the tagger fast on long text.
/// </summary>
internal sealed class TemporalRule
{
    private readonly Func<Match, RuleContext, TemporalValue?> _resolve;

    public TemporalRule(
        string pattern,
        RegexOptions extraOptions,
        Func<Match, RuleContext, TemporalValue?> resolve,
        IEnumerable<string> triggers,
        DigitTriggers digits = DigitTriggers.None,
        bool arabic = true,
        StartGuard? start = null)
    {
        Start = start;
        Triggers = [.. triggers];
        Digits = digits;
        // Anchored (\G): the rule set tries it only at word starts near a trigger word. Scanning Arabic text with
        // these alternations is slow (about 5 MB/s per pattern); single anchored attempts are not.
        string left = arabic ? string.Empty : "(?<![\\p{L}\\p{Nd}])";
        Pattern = new Regex(
            "\\G" + left + "(?:" + pattern + ")(?![\\p{L}\\p{Nd}])",
            RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | extraOptions);
        _resolve = resolve;
    }

    public Regex Pattern { get; }

    /// <summary>Words (normalized, clitics stripped) of which every match contains at least one: the cheap pre-filter.</summary>
    public IReadOnlyList<string> Triggers { get; }

    public DigitTriggers Digits { get; }

    /// <summary>When set, positions it rejects cannot begin a match, so the regex is not tried there.</summary>
    public StartGuard? Start { get; }

    public TemporalValue? Resolve(Match match, RuleContext context) => _resolve(match, context);
}
