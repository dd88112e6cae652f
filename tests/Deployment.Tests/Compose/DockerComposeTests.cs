using Ingestion.Deployment.Tests.Manifests;
using Ingestion.ServiceDefaults.Hosting;

namespace Ingestion.Deployment.Tests.Compose;

/// <summary>docker-compose.yml agrees with the code: projects, environment names, ports, health checks, volumes.</summary>
public class DockerComposeTests
{
    private static readonly YamlMap s_compose = Yaml.Document(RepositoryFiles.Read("docker-compose.yml"));

    private static YamlMap Services => s_compose.Map("services");

    [Fact]
    public void Infrastructure_Images_AreRabbitMqFourWithManagementAndMongoSeven()
    {
        Assert.Equal("rabbitmq:4.1-management", Services.Map("rabbitmq").String("image"));
        Assert.Equal("mongo:7", Services.Map("mongo").String("image"));
        Assert.Contains("--replSet", Services.Map("mongo").List("command").Select(c => c?.ToString()));
        Assert.Contains("rs.initiate", string.Join(' ', Services.Map("mongo").Map("healthcheck").List("test")), StringComparison.Ordinal);
    }

    [Fact]
    public void RabbitMq_EnabledPlugins_IncludeManagementAndPrometheus()
    {
        string mount = Assert.Single(Services.Map("rabbitmq").List("volumes").Select(v => v!.ToString()!), v => v.EndsWith("/etc/rabbitmq/enabled_plugins:ro", StringComparison.Ordinal));
        string plugins = File.ReadAllText(Path.Combine(RepositoryFiles.Root, mount.Split(':')[0]));
        Assert.Contains("rabbitmq_management", plugins, StringComparison.Ordinal);
        Assert.Contains("rabbitmq_prometheus", plugins, StringComparison.Ordinal);
    }

    [Fact]
    public void RabbitMqFour_NothingReliesOnWhatItRemoved()
    {
        // 4.0 removed classic queue mirroring (ha-* policies) and CQv1 (x-queue-mode, lazy queues); 4.3 denies
        // transient non-exclusive queues by default. The pipeline's queues are durable, `ingest tail`'s is exclusive.
        IEnumerable<string> files = Directory.EnumerateFiles(RepositoryFiles.PathOf("deploy"), "*", SearchOption.AllDirectories)
            .Append(RepositoryFiles.PathOf("docker-compose.yml"));
        Assert.All(files, file =>
        {
            string text = File.ReadAllText(file);
            Assert.DoesNotContain("ha-mode", text, StringComparison.Ordinal);
            Assert.DoesNotContain("x-queue-mode", text, StringComparison.Ordinal);
            Assert.DoesNotContain("rabbitmq:3.", text, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("feed-watcher")]
    [InlineData("enrichment")]
    [InlineData("storage")]
    public void Service_Build_IsTheDockerfileWithTheServicesProject(string name)
    {
        YamlMap service = Services.Map(name);
        string project = ServiceProjects.ByName[name];
        Assert.Equal("deploy/Dockerfile", service.At("build.dockerfile"));
        Assert.Equal(project, service.Map("build").Map("args").String("SERVICE"));
        Assert.Equal("ingestion/" + name + ":local", service.String("image"));

        // The Dockerfile runs Ingestion.$SERVICE.dll.
        Assert.Equal("Ingestion." + project, ServiceProjects.AssemblyName(project));
    }

    [Theory]
    [InlineData("feed-watcher")]
    [InlineData("enrichment")]
    [InlineData("storage")]
    public void Service_EnvironmentNames_AreConfigurationNamesOfTheCode(string name)
    {
        IReadOnlyList<string> names = [.. Services.Map(name).Map("environment").Keys];

        Assert.All(names, environmentName => Assert.True(ConfigurationNames.IsKnown(environmentName), $"{name}: '{environmentName}' is no configuration name of the services."));
        Assert.Contains(ConfigurationNames.RabbitMq, names);
        Assert.Contains(ConfigurationNames.UseQuorumQueues, names);
    }

    [Fact]
    public void Services_RequiredSettings_AreGiven()
    {
        Assert.Contains(ConfigurationNames.FeedPath, Services.Map("feed-watcher").Map("environment").Keys);
        Assert.Contains(ConfigurationNames.FeedStatePath, Services.Map("feed-watcher").Map("environment").Keys);
        Assert.StartsWith("mongodb://mongo:27017/", Services.Map("storage").Map("environment").String(ConfigurationNames.Articles), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("feed-watcher")]
    [InlineData("enrichment")]
    [InlineData("storage")]
    public void Service_Port_MapsTheDefaultPortToTheImagePort(string name)
    {
        string mapping = Assert.Single(Services.Map(name).List("ports"))!.ToString()!;

        // "127.0.0.1:${FEED_WATCHER_PORT:-5081}:8080": the host port defaults to the service's own default port.
        string defaultPort = mapping[(mapping.IndexOf(":-", StringComparison.Ordinal) + 2)..mapping.IndexOf('}', StringComparison.Ordinal)];
        Assert.Equal(ServiceProjects.DefaultPort(ServiceProjects.ByName[name]).ToString(System.Globalization.CultureInfo.InvariantCulture), defaultPort);
        Assert.EndsWith(":" + ServiceProjects.ImagePort(), mapping, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("feed-watcher")]
    [InlineData("enrichment")]
    [InlineData("storage")]
    public void Service_Hardening_ReadOnlyWithTmpfsAndWaitsForHealthyBroker(string name)
    {
        YamlMap service = Services.Map(name);
        Assert.Equal("true", service.String("read_only"), ignoreCase: true);
        Assert.Contains("/tmp", service.List("tmpfs").Select(t => t?.ToString()));
        Assert.Equal("service_healthy", service.Map("depends_on").Map("rabbitmq").String("condition"));
    }

    [Fact]
    public void Dockerfile_HealthCheck_ProbesTheReadinessEndpointAsNonRoot()
    {
        string dockerfile = RepositoryFiles.Read("deploy", "Dockerfile");
        string healthcheck = dockerfile[dockerfile.IndexOf("HEALTHCHECK", StringComparison.Ordinal)..];
        healthcheck = healthcheck[..healthcheck.IndexOf("ENTRYPOINT", StringComparison.Ordinal)];

        Assert.Contains($"{HealthProbe.Argument} {DefaultEndpointsExtensions.ReadyPath}", healthcheck, StringComparison.Ordinal);
        Assert.Contains("USER $APP_UID", dockerfile, StringComparison.Ordinal);
        Assert.Contains("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build", dockerfile, StringComparison.Ordinal);
        Assert.Contains("FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime", dockerfile, StringComparison.Ordinal);
    }

    [Fact]
    public void Volumes_Named_AreDeclaredAndTheFeedIsTheLocalFolder()
    {
        string[] declared = [.. s_compose.Map("volumes").Keys];
        IEnumerable<string> used = Services.Keys.SelectMany(name => Services.Map(name).List("volumes")).Select(v => v!.ToString()!.Split(':')[0]);

        Assert.All(used.Where(source => !source.StartsWith('.')), source => Assert.Contains(source, declared));
        Assert.Contains("./feed:/feed", Services.Map("feed-watcher").List("volumes").Select(v => v?.ToString()));
        Assert.Superset(new HashSet<string> { "processed", "failed", "mongo-data" }, declared.ToHashSet());
    }

    [Fact]
    public void Secrets_NoneInTheRepository_CredentialsComeFromTheEnvFile()
    {
        string compose = RepositoryFiles.Read("docker-compose.yml");
        Assert.DoesNotContain("guest", compose, StringComparison.Ordinal);
        Assert.Contains("${RABBITMQ_PASSWORD", compose, StringComparison.Ordinal);
        Assert.True(File.Exists(RepositoryFiles.PathOf(".env.example")));
        Assert.Contains(".env", File.ReadAllLines(RepositoryFiles.PathOf(".gitignore")));
    }
}
