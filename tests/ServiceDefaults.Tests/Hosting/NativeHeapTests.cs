using Ingestion.ServiceDefaults.Hosting;

namespace Ingestion.ServiceDefaults.Tests.Hosting;

public class NativeHeapTests
{
    [Fact]
    public void ReturnLargeBlocks_OnLinux_SetsTheThreshold()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "mallopt is glibc's; elsewhere the call does nothing.");

        Assert.True(NativeHeap.ReturnLargeBlocks());
    }
}
