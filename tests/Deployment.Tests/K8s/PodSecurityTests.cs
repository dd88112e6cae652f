using Ingestion.Deployment.Tests.Manifests;

namespace Ingestion.Deployment.Tests.K8s;

/// <summary>
/// Each workload passes the restricted Pod Security Standard (the namespace enforces it), mounts no service account
/// token and spreads its replicas over zones and nodes.
/// </summary>
public class PodSecurityTests
{
    public static TheoryData<string> Services => [.. ServiceProjects.ByName.Keys];

    [Fact]
    public void Namespace_EnforcesTheRestrictedStandard()
    {
        YamlMap labels = KubernetesManifests.Named("Namespace", "ingestion").Map("metadata").Map("labels");

        Assert.Equal("restricted", labels.String("pod-security.kubernetes.io/enforce"));
        Assert.Equal("ingestion", KubernetesManifests.Kustomization.String("namespace"));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Pod_SecurityContext_PassesTheRestrictedStandard(string name)
    {
        YamlMap pod = PodSpec(name);
        YamlMap container = KubernetesManifests.Container(name);

        // Restricted: seccomp RuntimeDefault (or Localhost), non-root and not uid 0, no privilege escalation, all
        // capabilities dropped (NET_BIND_SERVICE may come back; none does), only the volume types it allows.
        Assert.Equal("RuntimeDefault", pod.At("securityContext.seccompProfile.type"));
        Assert.Equal("true", pod.At("securityContext.runAsNonRoot"), ignoreCase: true);
        Assert.NotEqual("0", pod.At("securityContext.runAsUser"));
        Assert.Equal("false", container.At("securityContext.allowPrivilegeEscalation"), ignoreCase: true);
        Assert.Equal(["ALL"], container.Map("securityContext").Map("capabilities").List("drop").Select(c => c?.ToString()));
        Assert.Empty(container.Map("securityContext").Map("capabilities").List("add"));
        Assert.Null(container.At("securityContext.privileged"));
        Assert.All(pod.Maps("volumes"), volume => Assert.True(
            volume.Has("emptyDir") || volume.Has("persistentVolumeClaim") || volume.Has("configMap") || volume.Has("secret") || volume.Has("projected"),
            $"{name}: volume '{volume.String("name")}' is of a type the restricted standard refuses."));
        Assert.False(pod.Has("hostNetwork") || pod.Has("hostPID") || pod.Has("hostIPC"), $"{name} shares a host namespace.");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Pod_ServiceAccountToken_IsNotMounted(string name)
    {
        Assert.Equal("false", PodSpec(name).String("automountServiceAccountToken"), ignoreCase: true);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Pod_Replicas_SpreadOverZonesAndNodes(string name)
    {
        IReadOnlyList<YamlMap> constraints = PodSpec(name).Maps("topologySpreadConstraints");

        Assert.Equal(["topology.kubernetes.io/zone", "kubernetes.io/hostname"], constraints.Select(c => c.String("topologyKey")));
        Assert.All(constraints, constraint =>
        {
            // The selector must pick this workload's own pods, or the spread counts the wrong ones.
            Assert.Equal(name, constraint.Map("labelSelector").Map("matchLabels").String("app.kubernetes.io/name"));
            Assert.Equal("1", constraint.String("maxSkew"));

            // ScheduleAnyway: a single-zone or small cluster still schedules every replica.
            Assert.Equal("ScheduleAnyway", constraint.String("whenUnsatisfiable"));
        });
        Assert.Equal(name, KubernetesManifests.Workload(name).Map("spec").Map("template").Map("metadata").Map("labels").String("app.kubernetes.io/name"));
    }

    private static YamlMap PodSpec(string name) => KubernetesManifests.Workload(name).Map("spec").Map("template").Map("spec");
}
