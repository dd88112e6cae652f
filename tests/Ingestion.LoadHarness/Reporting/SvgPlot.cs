using System.Globalization;
using System.Text;

namespace Ingestion.LoadHarness.Reporting;

/// <summary>
/// Throughput (articles stored per second), articles waiting in the queues, and the per-second p95 of receivedAt →
/// StoredAt, over the run: three stacked panels, plain SVG, no dependency.
/// </summary>
internal static class SvgPlot
{
    private const int Width = 900;
    private const int PanelHeight = 160;
    private const int Margin = 60;

    public static string Render(LoadReport report, IReadOnlyList<(double Second, double P95Ms)> latency)
    {
        List<(double X, double Y)> throughput = [];
        List<(double X, double Y)> queued = [];
        for (int i = 1; i < report.Timeline.Count; i++)
        {
            TimelineSample previous = report.Timeline[i - 1];
            TimelineSample current = report.Timeline[i];
            throughput.Add((current.Seconds, (current.Stored - previous.Stored) / Math.Max(0.001, current.Seconds - previous.Seconds)));
            queued.Add((current.Seconds, current.Queues.Values.Sum()));
        }

        double maxX = Math.Max(1, report.Timeline.Count > 0 ? report.Timeline[^1].Seconds : 1);
        StringBuilder svg = new();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{(PanelHeight + Margin) * 3}\" font-family=\"sans-serif\" font-size=\"12\">");
        Panel(svg, 0, "articles stored per second", throughput, maxX, "#1f77b4");
        Panel(svg, 1, "messages queued (ready + unacked)", queued, maxX, "#ff7f0e");
        Panel(svg, 2, "p95 receivedAt → StoredAt, ms (by second stored)", [.. latency.Select(l => (l.Second, l.P95Ms))], maxX, "#d62728");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Panel(StringBuilder svg, int index, string title, List<(double X, double Y)> points, double maxX, string colour)
    {
        double top = index * (PanelHeight + Margin) + 30;
        double maxY = Math.Max(1, points.Count > 0 ? points.Max(p => p.Y) : 1);
        double plotWidth = Width - 2 * Margin;
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Margin}\" y=\"{top - 10}\" font-weight=\"bold\">{title} (max {maxY:F0})</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Margin}\" y=\"{top}\" width=\"{plotWidth}\" height=\"{PanelHeight}\" fill=\"none\" stroke=\"#999\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Margin - 5}\" y=\"{top + 10}\" text-anchor=\"end\">{maxY:F0}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Margin - 5}\" y=\"{top + PanelHeight}\" text-anchor=\"end\">0</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Margin}\" y=\"{top + PanelHeight + 15}\" text-anchor=\"end\">{maxX:F0} s</text>");
        if (points.Count == 0)
        {
            return;
        }

        svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.5\" points=\"");
        foreach ((double x, double y) in points)
        {
            svg.Append(CultureInfo.InvariantCulture, $"{Margin + x / maxX * plotWidth:F1},{top + PanelHeight - y / maxY * PanelHeight:F1} ");
        }

        svg.Append("\"/>");
    }
}
