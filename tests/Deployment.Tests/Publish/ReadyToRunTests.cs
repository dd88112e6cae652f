using System.Xml.Linq;
using Ingestion.Deployment.Tests.Manifests;

namespace Ingestion.Deployment.Tests.Publish;

/// <summary>
/// The images carry precompiled (ReadyToRun) code, so a service does not spend its first seconds compiling on the
/// cores its articles need. ReadyToRun code is built for one runtime, so the image's publish must name it.
/// </summary>
public class ReadyToRunTests
{
    [Theory]
    [InlineData("FeedWatcher")]
    [InlineData("Enrichment")]
    [InlineData("Storage")]
    public void ServiceProject_Publish_IsReadyToRun(string project)
    {
        XDocument csproj = XDocument.Load(RepositoryFiles.PathOf("services", project, project + ".csproj"));

        Assert.Equal("true", csproj.Descendants("PublishReadyToRun").Single().Value);
    }

    [Fact]
    public void Dockerfile_RestoreAndPublish_NameTheRuntime()
    {
        string[] lines = RepositoryFiles.Read("deploy", "Dockerfile").Split('\n');

        Assert.Contains("-r linux-x64", lines.Single(l => l.StartsWith("RUN dotnet restore", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("-r linux-x64", lines.Single(l => l.StartsWith("RUN dotnet publish", StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}
