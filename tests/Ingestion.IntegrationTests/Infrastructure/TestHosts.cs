using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Ingestion.IntegrationTests.Infrastructure;

/// <summary>
/// In-process hosts for tests that need a piece of the pipeline rather than a whole service: no default sources,
/// configuration in memory, and the Development environment, where guest/guest on a local broker is accepted.
/// </summary>
internal static class TestHosts
{
    public static HostApplicationBuilder CreateBuilder(Uri rabbitMq, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            EnvironmentName = Environments.Development,
        });
        builder.Configuration.AddInMemoryCollection([new("ConnectionStrings:RabbitMq", rabbitMq.ToString()), .. settings ?? []]);
        return builder;
    }
}
