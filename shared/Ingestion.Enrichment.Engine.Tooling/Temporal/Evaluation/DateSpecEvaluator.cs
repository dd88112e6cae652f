using System.Globalization;
using System.Text.Json;
using Ingestion.Contracts;

namespace Ingestion.Enrichment.Engine.Temporal.Evaluation;

/// <summary>
/// Runs a temporal tagger over the Recognizers-Text DateTime spec files (JSON arrays of cases with
/// <c>Input</c>, optional <c>Context.ReferenceDateTime</c>, and <c>Results</c> of <c>Text</c>, <c>Type</c> and,
/// for parsers, <c>Value.Timex</c> or <c>Resolution.values[].timex</c>).
/// </summary>
/// <remarks>
/// <para>When a case passes:</para>
/// <list type="bullet">
/// <item>Only the tagger's annotations of the types the file is about are compared (a Duration spec file does not
/// penalise a DATE the tagger also found): Date*/DatePeriod*/Holiday* = DATE; Duration* = DURATION;
/// Time*/TimePeriod* = TIME; DateTime*/DateTimePeriod* = DATE or TIME; Set* = SET; Merged*/DateTimeModel = all.</item>
/// <item>Extractor files: the set of annotated texts (trimmed, inner whitespace collapsed) equals the set of expected
/// <c>Text</c>s. A case expecting nothing passes when nothing compatible is found.</item>
/// <item>Parser and model files: as above, and each expected TIMEX, where given, equals the tagger's value for the
/// same text, where an <c>X</c> in the expected value matches any character (the spec leaves the year of "22 April"
/// as <c>XXXX-04-22</c>; the tagger resolves it against the reference date).</item>
/// <item>The reference date is the case's <c>Context.ReferenceDateTime</c>, else 2016-11-07 (the specs' usual one).</item>
/// <item>Every case counts, including those the spec marks <c>NotSupported</c> for some Recognizers-Text platform.</item>
/// <item>Cases listed in <c>disputed.tsv</c> (file, input, reason) next to the specs are reported apart when they
/// fail, and are left out of the pass rate; a disputed case that passes counts as a pass.</item>
/// </list>
/// </remarks>
public sealed class DateSpecEvaluator
{
    private static readonly DateOnly s_defaultReference = new(2016, 11, 7);

    private readonly ITemporalTagger _tagger;
    private readonly string _language;

    public DateSpecEvaluator(ITemporalTagger tagger, string language = "ar")
    {
        _tagger = tagger;
        _language = language;
    }

    /// <summary>Evaluates every <c>*.json</c> spec file in <paramref name="casesDirectory"/>, in name order.</summary>
    public DateSpecReport Evaluate(string casesDirectory)
    {
        Dictionary<(string File, string Input), string> disputes = LoadDisputes(Path.Combine(casesDirectory, "disputed.tsv"));
        var files = new List<DateSpecFileResult>();
        foreach (string path in Directory.GetFiles(casesDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            files.Add(EvaluateFile(path, disputes));
        }

        return new DateSpecReport(files);
    }

    /// <summary>Evaluates one spec file; <paramref name="disputes"/> maps (file name, input) to the reason.</summary>
    public DateSpecFileResult EvaluateFile(string path, IReadOnlyDictionary<(string File, string Input), string> disputes)
    {
        ArgumentNullException.ThrowIfNull(disputes);
        string file = Path.GetFileName(path);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
        HashSet<string>? types = CompatibleTypes(file);
        bool checkValues = !file.Contains("Extractor", StringComparison.Ordinal);
        int cases = 0;
        int passed = 0;
        var failures = new List<DateSpecCaseResult>();
        var disputed = new List<DateSpecCaseResult>();
        foreach (JsonElement spec in document.RootElement.EnumerateArray())
        {
            cases++;
            string input = spec.GetProperty("Input").GetString() ?? string.Empty;
            DateOnly reference = ReferenceOf(spec);
            List<(string Text, string? Timex)> expected = ExpectedOf(spec);
            List<TemporalAnnotation> got = [.. _tagger.Tag(input, _language, reference).Where(a => types is null || types.Contains(a.Type))];
            if (Passes(expected, got, checkValues))
            {
                passed++;
                continue;
            }

            var result = new DateSpecCaseResult(
                input,
                string.Join(" | ", expected.Select(e => e.Timex is null ? e.Text : e.Text + "=" + e.Timex)),
                string.Join(" | ", got.Select(a => a.Text + "=" + a.Value + (a.Mod is null ? string.Empty : "/" + a.Mod))));
            if (disputes.TryGetValue((file, input.Trim()), out string? reason))
            {
                disputed.Add(result with { DisputeReason = reason });
            }
            else
            {
                failures.Add(result);
            }
        }

        return new DateSpecFileResult(file, cases, passed, failures, disputed);
    }

    private static bool Passes(List<(string Text, string? Timex)> expected, List<TemporalAnnotation> got, bool checkValues)
    {
        var expectedTexts = expected.Select(e => Collapse(e.Text)).ToHashSet(StringComparer.Ordinal);
        var gotTexts = got.Select(a => Collapse(a.Text)).ToHashSet(StringComparer.Ordinal);
        if (!expectedTexts.SetEquals(gotTexts))
        {
            return false;
        }

        if (!checkValues)
        {
            return true;
        }

        foreach ((string text, string? timex) in expected)
        {
            if (timex is not null && !got.Any(a => Collapse(a.Text) == Collapse(text) && TimexMatches(timex, a.Value)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TimexMatches(string expected, string value)
    {
        if (expected.Length != value.Length)
        {
            return false;
        }

        for (int i = 0; i < expected.Length; i++)
        {
            if (expected[i] != 'X' && expected[i] != value[i])
            {
                return false;
            }
        }

        return true;
    }

    private static HashSet<string>? CompatibleTypes(string file)
    {
        string[] kinds = file switch
        {
            _ when file.StartsWith("DateTime", StringComparison.Ordinal) && !file.StartsWith("DateTimeModel", StringComparison.Ordinal)
                => [TemporalTypes.Date, TemporalTypes.Time],
            _ when file.StartsWith("Date", StringComparison.Ordinal) || file.StartsWith("Holiday", StringComparison.Ordinal) => [TemporalTypes.Date],
            _ when file.StartsWith("Duration", StringComparison.Ordinal) => [TemporalTypes.Duration],
            _ when file.StartsWith("Time", StringComparison.Ordinal) => [TemporalTypes.Time],
            _ when file.StartsWith("Set", StringComparison.Ordinal) => [TemporalTypes.Set],
            _ => [],
        };
        return kinds.Length == 0 ? null : [.. kinds];
    }

    private static DateOnly ReferenceOf(JsonElement spec)
    {
        if (spec.TryGetProperty("Context", out JsonElement context)
            && context.TryGetProperty("ReferenceDateTime", out JsonElement reference)
            && DateTime.TryParse(reference.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime parsed))
        {
            return DateOnly.FromDateTime(parsed);
        }

        return s_defaultReference;
    }

    private static List<(string Text, string? Timex)> ExpectedOf(JsonElement spec)
    {
        var expected = new List<(string, string?)>();
        if (!spec.TryGetProperty("Results", out JsonElement results))
        {
            return expected;
        }

        foreach (JsonElement result in results.EnumerateArray())
        {
            string text = result.GetProperty("Text").GetString() ?? string.Empty;
            string? timex = null;
            if (result.TryGetProperty("Value", out JsonElement value) && value.ValueKind == JsonValueKind.Object
                && value.TryGetProperty("Timex", out JsonElement t))
            {
                timex = t.GetString();
            }
            else if (result.TryGetProperty("Resolution", out JsonElement resolution) && resolution.ValueKind == JsonValueKind.Object
                && resolution.TryGetProperty("values", out JsonElement values)
                && values.ValueKind == JsonValueKind.Array && values.GetArrayLength() > 0 && values[0].ValueKind == JsonValueKind.Object
                && values[0].TryGetProperty("timex", out JsonElement vt))
            {
                timex = vt.GetString();
            }

            expected.Add((text, timex));
        }

        return expected;
    }

    private static Dictionary<(string, string), string> LoadDisputes(string path)
    {
        var disputes = new Dictionary<(string, string), string>();
        if (!File.Exists(path))
        {
            return disputes;
        }

        foreach (string line in File.ReadLines(path))
        {
            string[] fields = line.Split('\t');
            if (line.StartsWith('#') || fields.Length < 3)
            {
                continue;
            }

            disputes[(fields[0].Trim(), fields[1].Trim())] = fields[2].Trim();
        }

        return disputes;
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
