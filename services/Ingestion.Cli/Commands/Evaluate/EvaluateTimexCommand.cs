using System.Globalization;
using System.Text.Json;
using Ingestion.Enrichment.Engine.Temporal;
using Ingestion.Enrichment.Engine.Temporal.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ingestion.Cli.Commands.Evaluate;

/// <summary><c>ingest evaluate timex</c>: the TempEval-3 TIMEX3 measures of the temporal tagger on gold documents.</summary>
public sealed class EvaluateTimexCommand : Command<EvaluateTimexSettings>
{
    private static readonly JsonSerializerOptions s_line = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public override int Execute(CommandContext context, EvaluateTimexSettings settings, CancellationToken cancellationToken)
    {
        IReadOnlySet<string>? heldOut = settings.HeldOut is null ? null : TimexGoldFolder.ReadIdList(settings.HeldOut);
        IReadOnlyList<TimexDocument> documents;
        try
        {
            documents = TimexGoldFolder.Load(settings.Gold, settings.TextRoot, heldOut);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or JsonException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Cannot read the gold data: {e.Message}");
            return 1;
        }

        documents = [.. documents.Where(d => settings.Part == "all" || d.Part == settings.Part)];
        if (documents.Count == 0)
        {
            Console.Error.WriteLine($"No gold documents (.tml or .jsonl) for part '{settings.Part}' under {settings.Gold}.");
            return 1;
        }

        var tagger = new RuleTemporalTagger();
        TimexReport report = new TimexEvaluator(tagger).Evaluate(documents);
        if (settings.Predictions is not null)
        {
            File.WriteAllLines(settings.Predictions, documents.Select(d => JsonSerializer.Serialize(new
            {
                source = d.Id,
                sha256 = StandoffGoldReader.Hash(d.Text),
                dct = d.CreationDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                language = d.Language,
                part = d.Part,
                timex = tagger.Tag(d.Text, d.Language, d.CreationDate).Select(a => new { start = a.Start, end = a.End, type = a.Type, value = a.Value, mod = a.Mod, text = a.Text }),
            }, s_line)));
        }

        if (settings.Json)
        {
            Console.WriteLine(JsonSerializer.Serialize(ToJson(report), s_json));
        }
        else
        {
            WriteTable(report);
        }

        if (settings.ShowFailures)
        {
            foreach (TimexMismatch m in report.Mismatches)
            {
                // Plain tab-separated lines, never wrapped to the console width: meant for grep and sort.
                Console.WriteLine($"{m.Kind}\t{m.Document}\tgold {Describe(m.Gold)}\tsystem {Describe(m.System)}");
            }
        }

        return 0;
    }

    private static string Describe(Ingestion.Contracts.TemporalAnnotation? a) =>
        a is null ? "-" : $"\"{a.Text.ReplaceLineEndings(" ")}\"@{a.Start} {a.Type} {a.Value}{(a.Mod is null ? string.Empty : " " + a.Mod)}";

    private static void WriteTable(TimexReport report)
    {
        var table = new Table().AddColumns("type", "gold", "system", "strict P/R/F1", "relaxed P/R/F1", "type acc/F1", "value acc/F1");
        foreach ((string type, TimexScore score) in report.ByType.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            table.AddRow(Row(type, score));
        }

        table.AddRow(Row("[bold]all[/]", report.Overall));
        AnsiConsole.MarkupLineInterpolated($"{report.Documents} documents; type rows count gold expressions and pairs by the gold type, system ones by their own.");
        AnsiConsole.Write(table);
    }

    private static string[] Row(string name, TimexScore s) =>
    [
        name, s.Gold.ToString(CultureInfo.InvariantCulture), s.System.ToString(CultureInfo.InvariantCulture),
        Percent(s.StrictSpan.Precision, s.StrictSpan.Recall, s.StrictSpan.F1),
        Percent(s.RelaxedSpan.Precision, s.RelaxedSpan.Recall, s.RelaxedSpan.F1),
        Percent(s.TypeAccuracy, s.Type.F1), Percent(s.ValueAccuracy, s.Value.F1),
    ];

    private static string Percent(params double[] xs) => string.Join(" / ", xs.Select(x => (100 * x).ToString("0.0", CultureInfo.InvariantCulture)));

    private static object ToJson(TimexReport report) => new
    {
        report.Documents,
        Overall = Scores(report.Overall),
        ByType = report.ByType.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => Scores(p.Value)),
    };

    private static object Scores(TimexScore s) => new
    {
        s.Gold,
        s.System,
        Strict = s.StrictSpan,
        Relaxed = s.RelaxedSpan,
        s.TypeAccuracy,
        TypeF1 = s.Type.F1,
        s.ValueAccuracy,
        ValueF1 = s.Value.F1,
    };
}
