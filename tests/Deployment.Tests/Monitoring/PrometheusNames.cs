using System.Diagnostics.Metrics;
using System.Text.RegularExpressions;

namespace Ingestion.Deployment.Tests.Monitoring;

/// <summary>
/// The names OpenTelemetry's Prometheus exporter gives an instrument's series: dots to underscores, the unit as a
/// suffix (ms → milliseconds, s → seconds, By → bytes, {annotations} dropped), <c>_total</c> on counters (not on
/// up-down counters, which it serves as gauges), <c>_bucket</c>/<c>_sum</c>/<c>_count</c> on histograms.
/// <see cref="PrometheusNamesTests"/> holds these rules to the real exporter.
/// </summary>
internal static partial class PrometheusNames
{
    private static readonly Dictionary<string, string> s_units = new(StringComparer.Ordinal)
    {
        ["ms"] = "milliseconds",
        ["s"] = "seconds",
        ["By"] = "bytes",
    };

    public static IEnumerable<string> Of(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        string name = Sanitize(instrument.Name);
        string? unit = Unit(instrument.Unit);
        if (unit is not null && !name.EndsWith("_" + unit, StringComparison.Ordinal))
        {
            name += "_" + unit;
        }

        Type kind = instrument.GetType().GetGenericTypeDefinition();
        if (kind == typeof(Histogram<>))
        {
            return [name + "_bucket", name + "_sum", name + "_count"];
        }

        bool counter = kind == typeof(Counter<>) || kind == typeof(ObservableCounter<>);
        return [counter && !name.EndsWith("_total", StringComparison.Ordinal) ? name + "_total" : name];
    }

    private static string? Unit(string? unit)
    {
        if (string.IsNullOrEmpty(unit))
        {
            return null;
        }

        string plain = Annotation().Replace(unit, string.Empty);
        return plain.Length == 0 ? null : s_units.GetValueOrDefault(plain, Sanitize(plain));
    }

    private static string Sanitize(string name) => Invalid().Replace(name, "_");

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Annotation();

    [GeneratedRegex("[^a-zA-Z0-9_:]")]
    private static partial Regex Invalid();
}
