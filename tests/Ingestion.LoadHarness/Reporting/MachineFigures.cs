namespace Ingestion.LoadHarness.Reporting;

/// <summary>Where the figures come from; the load averages say how busy the machine was with other work.</summary>
internal sealed record MachineFigures(int Cores, string Os, string Runtime, string LoadAverageBefore, string LoadAverageAfter)
{
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
