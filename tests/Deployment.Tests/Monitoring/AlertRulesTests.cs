using Ingestion.Deployment.Tests.Manifests;

namespace Ingestion.Deployment.Tests.Monitoring;

/// <summary>
/// The alert rules: valid for Prometheus (<c>promtool check rules</c>), firing as their unit tests say
/// (<c>promtool test rules</c>), reading only series the services and the broker serve, and the same in the plain file
/// and the PrometheusRule.
/// </summary>
public class AlertRulesTests
{
    private static readonly TimeSpan s_deadline = TimeSpan.FromMinutes(2);

    public static TheoryData<string> Alerts => [.. AllRules().Select(rule => rule.String("alert")!)];

    [Fact]
    public async Task Promtool_CheckRules_Passes()
    {
        string promtool = Promtool();
        string output = await ExternalCommand.SucceedAsync(RepositoryFiles.Root, promtool, ["check", "rules", MonitoringFiles.RulesPath], s_deadline);
        Assert.Contains($"SUCCESS: {AllRules().Count} rules found", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Promtool_TestRules_EveryCasePasses()
    {
        string promtool = Promtool();
        await ExternalCommand.SucceedAsync(RepositoryFiles.Root, promtool, ["test", "rules", MonitoringFiles.RuleTestsPath], s_deadline);
    }

    [Theory]
    [MemberData(nameof(Alerts))]
    public async Task Rule_Expression_ReadsOnlySeriesThatAreServed(string alert)
    {
        IReadOnlySet<string> served = await ExportedMetrics.NamesAsync();
        string expression = AllRules().Single(rule => rule.String("alert") == alert).String("expr")!;

        IReadOnlyList<string> names = PromQl.MetricNames(expression);
        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.True(served.Contains(name), $"{alert}: '{name}' is served by no service nor the broker."));
    }

    [Theory]
    [MemberData(nameof(Alerts))]
    public void Rule_SeverityAndText_AreGiven(string alert)
    {
        YamlMap rule = AllRules().Single(r => r.String("alert") == alert);

        Assert.Contains(rule.Map("labels").String("severity"), new[] { "critical", "warning", "info" });
        Assert.False(string.IsNullOrWhiteSpace(rule.Map("annotations").String("summary")));
        Assert.False(string.IsNullOrWhiteSpace(rule.Map("annotations").String("description")));
    }

    [Fact]
    public void Rules_Cover_StallsErrorQueuesWaitingFilesAndServicesDown()
    {
        string expressions = string.Join('\n', AllRules().Select(rule => rule.String("expr")));

        Assert.Contains("ingestion_queue_stuck_duration_seconds", expressions, StringComparison.Ordinal);
        Assert.Contains("_error", expressions, StringComparison.Ordinal);
        Assert.Contains("ingestion_intake_oldest_pending_age_seconds", expressions, StringComparison.Ordinal);
        Assert.Contains("rabbitmq_detailed_queue_consumers", expressions, StringComparison.Ordinal);
        Assert.Contains("up{job=~\"feed-watcher|enrichment|storage\"}", expressions, StringComparison.Ordinal);
    }

    [Fact]
    public void PrometheusRule_Groups_AreThePlainFilesGroups()
    {
        YamlMap rule = Assert.Single(MonitoringFiles.KubernetesDocuments(), document => document.String("kind") == "PrometheusRule");

        // Serialised back to text, so that any difference in any rule, label or annotation shows.
        Assert.Equal(Serialized(MonitoringFiles.Rules.List("groups")), Serialized(rule.Map("spec").List("groups")));
        Assert.Equal("monitoring.coreos.com/v1", rule.String("apiVersion"));
    }

    private static string Serialized(object value) => new YamlDotNet.Serialization.SerializerBuilder().Build().Serialize(value);

    private static List<YamlMap> AllRules() =>
        [.. MonitoringFiles.Rules.Maps("groups").SelectMany(group => group.Maps("rules"))];

    private static string Promtool()
    {
        string? promtool = ExternalCommand.Which("promtool");
        Assert.SkipWhen(promtool is null, "promtool is not installed (Debian: apt-get install prometheus; .ci/run installs it).");
        return promtool!;
    }
}
