using System.Globalization;

namespace Ingestion.IntegrationTests.ScaleOut;

/// <summary>Reads figures out of a Prometheus text exposition (<c>/metrics</c>).</summary>
internal static class PrometheusText
{
    /// <summary>The sum of a metric's samples whose labels contain <paramref name="labelText"/> (all when null).</summary>
    public static double Sum(string exposition, string metric, string? labelText = null)
    {
        ArgumentNullException.ThrowIfNull(exposition);
        double sum = 0;
        foreach (string line in exposition.Split('\n'))
        {
            if (line.StartsWith('#') || !line.StartsWith(metric, StringComparison.Ordinal) || line.Length <= metric.Length || line[metric.Length] is not ('{' or ' '))
            {
                continue;
            }

            int labelsEnd = line.LastIndexOf('}');
            string labels = labelsEnd > 0 ? line[metric.Length..(labelsEnd + 1)] : string.Empty;
            if (labelText is not null && !labels.Contains(labelText, StringComparison.Ordinal))
            {
                continue;
            }

            string[] rest = line[(labelsEnd > 0 ? labelsEnd + 1 : metric.Length)..].Trim().Split(' ');
            sum += double.Parse(rest[0], CultureInfo.InvariantCulture);
        }

        return sum;
    }
}
