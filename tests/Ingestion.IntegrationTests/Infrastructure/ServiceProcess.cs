using System.Collections.Concurrent;
using System.Diagnostics;
using Ingestion.ServiceDefaults.Hosting;

namespace Ingestion.IntegrationTests.Infrastructure;

/// <summary>One service started as its own process with <c>dotnet Service.dll</c>, configured by environment only.</summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ServiceProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Whether the service ended itself asking to be started again (its stall watchdog's doing).</summary>
    public bool ExitedToRestart => _process.HasExited && _process.ExitCode == ServiceHost.RestartExitCode;

    /// <param name="name">The service's name in diagnostics.</param>
    /// <param name="dll">The service's assembly.</param>
    /// <param name="environment">Its configuration.</param>
    /// <param name="exited">Called once the process has ended, whatever ended it.</param>
    public static ServiceProcess Start(string name, string dll, IReadOnlyDictionary<string, string> environment, Action<ServiceProcess>? exited = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.ArgumentList.Add(dll);
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";

        // appsettings.json's Urls (the documented default ports) outranks ASPNETCORE_URLS; the plain variable outranks
        // appsettings.json, so that tests running side by side never share a port.
        start.Environment["Urls"] = "http://127.0.0.1:0";
        foreach ((string key, string value) in environment)
        {
            start.Environment[key] = value;
        }

        Process process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {name}.");
        var service = new ServiceProcess(name, process);
        process.OutputDataReceived += (_, e) => service.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => service.Keep(e.Data);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => exited?.Invoke(service);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return service;
    }

    /// <summary>Where the service's HTTP endpoints answer (it was started on port 0), once its host has logged it.</summary>
    public Uri? ListeningAddress()
    {
        const string marker = "Now listening on: ";
        string? line = _output.FirstOrDefault(l => l.Contains(marker, StringComparison.Ordinal));
        return line is null ? null : new Uri(line[(line.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..].Trim());
    }

    /// <summary>The last lines the service wrote, for a failing test's message.</summary>
    public string Tail(int lines = 40) => $"--- {Name} ---{Environment.NewLine}{string.Join(Environment.NewLine, _output.TakeLast(lines))}";

    /// <summary>Every line the service wrote at warning level or above, for a failing test's message.</summary>
    public string Warnings() =>
        $"--- {Name} warnings ---{Environment.NewLine}{string.Join(Environment.NewLine, _output.Where(l => l.Contains("warn:", StringComparison.Ordinal) || l.Contains("fail:", StringComparison.Ordinal) || l.Contains("crit:", StringComparison.Ordinal)).TakeLast(40))}";

    /// <summary>Ends the process the way <c>kill -9</c> does (SIGKILL on Unix): no shutdown hooks, nothing flushed.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 500)
        {
            _output.TryDequeue(out _);
        }
    }
}
