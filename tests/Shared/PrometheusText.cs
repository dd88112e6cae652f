using System.Globalization;

namespace Ingestion.Tests.Shared;

/// <summary>
/// Reads sample values from a Prometheus text exposition (what <c>/metrics</c> serves). One source file, compiled into
/// each test project that needs it (linked in its csproj).
/// </summary>
internal static class PrometheusText
{
    /// <summary>
    /// The sum of every sample of <paramref name="metric"/> whose labels contain <paramref name="label"/> (all when
    /// null); null when there is none, so that a metric not exported yet differs from one at zero.
    /// </summary>
    public static double? Sum(string exposition, string metric, string? label = null)
    {
        ArgumentNullException.ThrowIfNull(exposition);
        double? sum = null;
        foreach (string line in exposition.Split('\n'))
        {
            if (line.StartsWith('#') || !line.StartsWith(metric, StringComparison.Ordinal) || line.Length == metric.Length || line[metric.Length] is not ('{' or ' '))
            {
                continue;
            }

            // A label value may itself contain '}', so the label set ends at the last one on the line.
            int labelsEnd = line[metric.Length] == '{' ? line.LastIndexOf('}') : metric.Length - 1;
            string labels = line[metric.Length..(labelsEnd + 1)];
            if (label is not null && !labels.Contains(label, StringComparison.Ordinal))
            {
                continue;
            }

            string[] rest = line[(labelsEnd + 1)..].Trim().Split(' ');
            sum = (sum ?? 0) + double.Parse(rest[0], CultureInfo.InvariantCulture);
        }

        return sum;
    }
}
