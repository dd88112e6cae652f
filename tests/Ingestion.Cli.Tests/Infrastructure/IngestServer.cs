using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Ingestion.Tests.Shared;

namespace Ingestion.Cli.Tests.Infrastructure;

/// <summary>A long-running <c>ingest</c> command (<c>run</c>, <c>dashboard</c>, <c>tail</c>) as its own process, its output kept.</summary>
internal sealed class IngestServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private IngestServer(Process process)
    {
        _process = process;
    }

    public bool HasExited => _process.HasExited;

    public IReadOnlyList<string> Lines => [.. _lines];

    public static IngestServer Start(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        ProcessStartInfo start = IngestProcess.StartInfo(environment, arguments);
        Process process = Process.Start(start) ?? throw new InvalidOperationException("Could not start ingest.");
        var server = new IngestServer(process);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>The first group of the first output line that matches, once it is written.</summary>
    public async Task<string> WaitForAsync(Regex pattern, TimeSpan deadline)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        string? found = await Eventually.WaitAsync(
            () => Task.FromResult(_lines.Select(line => pattern.Match(line)).FirstOrDefault(m => m.Success)?.Groups[1].Value),
            value => value is not null || _process.HasExited,
            deadline,
            $"ingest to print {pattern}; output:{Environment.NewLine}{Output()}");
        return found ?? throw new InvalidOperationException($"ingest exited ({_process.ExitCode}) before printing {pattern}:{Environment.NewLine}{Output()}");
    }

    /// <summary>Sends SIGTERM, as a supervisor or <c>kill</c> does, and returns the exit code once the process ends.</summary>
    public async Task<int> TerminateAsync(TimeSpan deadline)
    {
        if (Kill(_process.Id, SigTerm) != 0)
        {
            throw new InvalidOperationException($"kill({_process.Id}, SIGTERM) failed: {Marshal.GetLastPInvokeError()}");
        }

        using var timeout = new CancellationTokenSource(deadline);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public string Output() => string.Join(Environment.NewLine, _lines.TakeLast(60));

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private const int SigTerm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
        }
    }
}
