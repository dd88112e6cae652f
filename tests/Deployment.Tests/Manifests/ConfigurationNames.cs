using System.Reflection;
using Ingestion.FeedWatcher.Intake;
using Ingestion.FeedWatcher.Ledger;
using Ingestion.ServiceDefaults.Messaging;
using Ingestion.Storage;
using Ingestion.Storage.Resilience;

namespace Ingestion.Deployment.Tests.Manifests;

/// <summary>
/// The configuration names the services read, taken from the code: the options classes' section names and
/// properties, and the connection string names. An environment name in a manifest is valid when it is one of these.
/// </summary>
internal static class ConfigurationNames
{
    public static readonly string RabbitMq = EnvironmentName("ConnectionStrings:" + BusRegistrationExtensions.RabbitMqConnectionName);

    public static readonly string Articles = EnvironmentName("ConnectionStrings:" + StorageExtensions.ArticlesConnectionName);

    public static readonly string FeedPath = EnvironmentName($"{FeedOptions.SectionName}:{nameof(FeedOptions.Path)}");

    public static readonly string FeedInstanceId = EnvironmentName($"{FeedOptions.SectionName}:{nameof(FeedOptions.InstanceId)}");

    public static readonly string FeedStatePath = EnvironmentName($"{FeedOptions.SectionName}:{nameof(FeedOptions.StatePath)}");

    public static readonly string UseQuorumQueues = EnvironmentName($"{BusOptions.SectionName}:{nameof(BusOptions.UseQuorumQueues)}");

    // ASP.NET Core's own: where Kestrel listens.
    private static readonly string[] s_hostNames = ["Urls", "ASPNETCORE_URLS", "OTEL_EXPORTER_OTLP_ENDPOINT", "DOTNET_ENVIRONMENT", "ASPNETCORE_ENVIRONMENT"];

    private static readonly (string Section, Type Options)[] s_sections =
    [
        (FeedOptions.SectionName, typeof(FeedOptions)),
        (RepublishOptions.SectionName, typeof(RepublishOptions)),
        (BusOptions.SectionName, typeof(BusOptions)),
        (ArticleStoreResilienceOptions.SectionName, typeof(ArticleStoreResilienceOptions)),
    ];

    /// <summary><c>Feed:Path</c> as an environment variable: <c>Feed__Path</c>.</summary>
    public static string EnvironmentName(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    public static bool IsKnown(string environmentName)
    {
        ArgumentNullException.ThrowIfNull(environmentName);
        if (s_hostNames.Contains(environmentName, StringComparer.Ordinal) || environmentName == RabbitMq || environmentName == Articles)
        {
            return true;
        }

        string key = environmentName.Replace("__", ":", StringComparison.Ordinal);
        return s_sections.Any(section =>
            key.StartsWith(section.Section + ":", StringComparison.Ordinal)
            && section.Options.GetProperty(key[(section.Section.Length + 1)..], BindingFlags.Public | BindingFlags.Instance) is { CanWrite: true });
    }
}
