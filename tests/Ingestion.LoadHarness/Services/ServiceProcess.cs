using System.Diagnostics;
using System.Globalization;

namespace Ingestion.LoadHarness.Services;

/// <summary>
/// One service as its own process (<c>dotnet Ingestion.X.dll</c>), its output in a log file, its CPU time and memory
/// read from <c>/proc</c>, which needs no tool in the process and costs it nothing.
/// </summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    // Linux reports CPU times in clock ticks; USER_HZ is 100 on every mainstream kernel build.
    private const double TicksPerSecond = 100;

    private readonly Process _process;
    private readonly StreamWriter _log;

    private ServiceProcess(string name, Process process, StreamWriter log)
    {
        Name = name;
        _process = process;
        _log = log;
    }

    public string Name { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The last sample's peak resident set (VmHWM), kept after the process ends.</summary>
    public long PeakRssBytes { get; private set; }

    public double CpuSeconds { get; private set; }

    public static ServiceProcess Start(string name, string dll, IReadOnlyDictionary<string, string> environment, string logFile)
    {
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Build the services first (dotnet build -c Release services/...): {dll} is missing.", dll);
        }

        ProcessStartInfo start = new("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.ArgumentList.Add(dll);
        foreach ((string key, string value) in environment)
        {
            start.Environment[key] = value;
        }

        Process process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {name}.");
        StreamWriter log = new(logFile) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServiceProcess(name, process, log);
    }

    /// <summary>Reads CPU seconds (user + system) and the peak RSS now; false once the process is gone.</summary>
    public bool Sample()
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{_process.Id}/stat");

            // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are 14 and 15.
            string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            CpuSeconds = (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
            foreach (string line in File.ReadLines($"/proc/{_process.Id}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    PeakRssBytes = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
                }
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        await _log.DisposeAsync();
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }
}
