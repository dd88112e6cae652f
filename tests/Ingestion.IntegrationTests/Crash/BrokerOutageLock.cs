namespace Ingestion.IntegrationTests.Crash;

/// <summary>
/// Keeps the broker outage away from other test processes using the same local broker (<c>dotnet test</c> runs test
/// projects in parallel): they hold this file shared while they use the broker, the outage takes it exclusively, so
/// it waits for them and they wait for it. An advisory lock (.NET maps FileShare to flock on Unix).
/// </summary>
internal static class BrokerOutageLock
{
    public static string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ingestion-rabbitmq-outage.lock");

    public static async Task<FileStream> AcquireExclusiveAsync(TimeSpan deadline)
    {
        DateTime until = DateTime.UtcNow + deadline;
        while (true)
        {
            try
            {
                return new FileStream(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < until)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), TestContext.Current.CancellationToken);
            }
        }
    }
}
