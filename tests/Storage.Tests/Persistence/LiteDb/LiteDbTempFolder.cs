namespace Ingestion.Storage.Tests.Persistence.LiteDb;

/// <summary>One temporary folder per test class; each test makes its own file inside it.</summary>
public sealed class LiteDbTempFolder : IDisposable
{
    private int _files;

    public string Path { get; } = Directory.CreateTempSubdirectory("ingestion-litedb-tests-").FullName;

    public string NewFile() => System.IO.Path.Combine(Path, $"articles-{Interlocked.Increment(ref _files)}.db");

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
