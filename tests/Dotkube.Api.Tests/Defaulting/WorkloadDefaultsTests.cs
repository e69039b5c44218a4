using Dotkube.Api.Apps.V1;
using Dotkube.Api.Batch.V1;
using Dotkube.Api.Core.V1;
using static Dotkube.Api.Tests.Defaulting.DefaultingHarness;

namespace Dotkube.Api.Tests.Defaulting;

public class WorkloadDefaultsTests
{
    private const string Template = """{"metadata":{"labels":{"app":"a"}},"spec":{"containers":[{"name":"c","image":"nginx"}]}}""";

    /// <summary>What every pod template's spec looks like after defaulting (no SetDefaults_Pod parts).</summary>
    private const string DefaultedTemplate = """
        {"metadata":{"creationTimestamp":null,"labels":{"app":"a"}},"spec":{
          "containers":[{"name":"c","image":"nginx","resources":{},"terminationMessagePath":"/dev/termination-log","terminationMessagePolicy":"File","imagePullPolicy":"Always"}],
          "restartPolicy":"Always","terminationGracePeriodSeconds":30,"dnsPolicy":"ClusterFirst","securityContext":{},"schedulerName":"default-scheduler"}}
        """;

    [Fact]
    public void Apply_DeploymentWithoutStrategy_DefaultsRollingUpdate25Percent()
    {
        var deployment = Defaulted<Deployment>("""{"spec":{"selector":{"matchLabels":{"app":"a"}},"template":@TEMPLATE}}""".Replace("@TEMPLATE", Template, StringComparison.Ordinal));

        AssertJson("""
            {"metadata":{"creationTimestamp":null},"spec":{"replicas":1,"selector":{"matchLabels":{"app":"a"}},"template":@DEFAULTED,
              "strategy":{"type":"RollingUpdate","rollingUpdate":{"maxUnavailable":"25%","maxSurge":"25%"}},
              "revisionHistoryLimit":10,"progressDeadlineSeconds":600},"status":{}}
            """.Replace("@DEFAULTED", DefaultedTemplate, StringComparison.Ordinal), deployment);
    }

    [Fact]
    public void Apply_RecreateDeployment_GetsNoRollingUpdate()
    {
        var deployment = Defaulted<Deployment>("""{"spec":{"strategy":{"type":"Recreate"},"replicas":0}}""");

        Assert.Null(deployment.Spec.Strategy.RollingUpdate);
        Assert.Equal(0, deployment.Spec.Replicas);
    }

    [Fact]
    public void Apply_ReplicaSet_DefaultsReplicasAndTemplate()
    {
        var replicaSet = Defaulted<ReplicaSet>("""{"spec":{"template":@TEMPLATE}}""".Replace("@TEMPLATE", Template, StringComparison.Ordinal));

        AssertJson("""{"metadata":{"creationTimestamp":null},"spec":{"replicas":1,"template":@DEFAULTED},"status":{"replicas":0}}""".Replace("@DEFAULTED", DefaultedTemplate, StringComparison.Ordinal), replicaSet);
    }

    [Fact]
    public void Apply_DaemonSet_DefaultsRollingUpdateOneUnavailableNoSurge()
    {
        var daemonSet = Defaulted<DaemonSet>("""{"spec":{"template":@TEMPLATE}}""".Replace("@TEMPLATE", Template, StringComparison.Ordinal));

        AssertJson("""{"type":"RollingUpdate","rollingUpdate":{"maxUnavailable":1,"maxSurge":0}}""", daemonSet.Spec.UpdateStrategy);
        Assert.Equal(10, daemonSet.Spec.RevisionHistoryLimit);
    }

    [Fact]
    public void Apply_StatefulSet_DefaultsPolicyStrategyRetentionAndClaimTemplates()
    {
        var statefulSet = Defaulted<StatefulSet>("""
            {"spec":{"serviceName":"web","template":@TEMPLATE,
             "volumeClaimTemplates":[{"metadata":{"name":"data"},"spec":{"accessModes":["ReadWriteOnce"],"resources":{"requests":{"storage":"1Gi"}}}}]}}
            """.Replace("@TEMPLATE", Template, StringComparison.Ordinal));

        var spec = statefulSet.Spec;
        Assert.Equal((1, "OrderedReady", 10), (spec.Replicas!.Value, spec.PodManagementPolicy!, spec.RevisionHistoryLimit!.Value));
        AssertJson("""{"type":"RollingUpdate","rollingUpdate":{"partition":0}}""", spec.UpdateStrategy);
        AssertJson("""{"whenDeleted":"Retain","whenScaled":"Retain"}""", spec.PersistentVolumeClaimRetentionPolicy!);
        AssertJson("""
            {"metadata":{"name":"data","creationTimestamp":null},"spec":{"accessModes":["ReadWriteOnce"],"resources":{"requests":{"storage":"1Gi"}},"volumeMode":"Filesystem"},"status":{"phase":"Pending"}}
            """, spec.VolumeClaimTemplates![0]);
        AssertJson(DefaultedTemplate, spec.Template);
    }

    [Fact]
    public void Apply_StatefulSetWithRollingUpdateTypeOnly_LeavesRollingUpdateUnset()
    {
        var statefulSet = Defaulted<StatefulSet>("""{"spec":{"updateStrategy":{"type":"RollingUpdate"}}}""");

        Assert.Null(statefulSet.Spec.UpdateStrategy.RollingUpdate);
    }

    [Fact]
    public void Apply_MinimalJob_DefaultsAsUpstream()
    {
        var job = Defaulted<Job>("""{"spec":{"template":@TEMPLATE}}""".Replace("@TEMPLATE", Template, StringComparison.Ordinal));

        Assert.Equal(new Dictionary<string, string> { ["app"] = "a" }, job.Metadata.Labels);
        var spec = job.Spec;
        Assert.Equal((1, 1, 6), (spec.Parallelism!.Value, spec.Completions!.Value, spec.BackoffLimit!.Value));
        Assert.Equal(("NonIndexed", false, "TerminatingOrFailed", false), (spec.CompletionMode!, spec.Suspend!.Value, spec.PodReplacementPolicy!, spec.ManualSelector!.Value));
        Assert.Equal("Always", spec.Template.Spec.RestartPolicy);
    }

    [Theory]
    [InlineData("""{"parallelism":3}""", 3, null)]
    [InlineData("""{"completions":5}""", 1, 5)]
    [InlineData("""{"parallelism":2,"completions":4}""", 2, 4)]
    public void Apply_JobParallelismOrCompletionsSet_DefaultsOnlyParallelism(string spec, int parallelism, int? completions)
    {
        var job = Defaulted<Job>("""{"spec":@SPEC}""".Replace("@SPEC", spec, StringComparison.Ordinal));

        Assert.Equal((parallelism, completions), (job.Spec.Parallelism!.Value, job.Spec.Completions));
    }

    [Fact]
    public void Apply_JobWithBackoffLimitPerIndexAndFailurePolicy_DefaultsUnboundedBackoffAndFailedReplacement()
    {
        var job = Defaulted<Job>("""
            {"spec":{"completionMode":"Indexed","completions":3,"backoffLimitPerIndex":1,
             "podFailurePolicy":{"rules":[{"action":"Ignore","onPodConditions":[{"type":"DisruptionTarget"},{"type":"X","status":"False"}]}]}}}
            """);

        Assert.Equal(int.MaxValue, job.Spec.BackoffLimit);
        Assert.Equal("Failed", job.Spec.PodReplacementPolicy);
        Assert.Equal(["True", "False"], job.Spec.PodFailurePolicy!.Rules[0].OnPodConditions.Select(p => p.Status));
    }

    [Fact]
    public void Apply_CronJob_DefaultsPolicyAndHistoryButNotJobSpecFields()
    {
        var cronJob = Defaulted<CronJob>("""{"spec":{"schedule":"* * * * *","jobTemplate":{"spec":{"template":@TEMPLATE}}}}""".Replace("@TEMPLATE", Template, StringComparison.Ordinal));

        var spec = cronJob.Spec;
        Assert.Equal(("Allow", false, 3, 1), (spec.ConcurrencyPolicy!, spec.Suspend!.Value, spec.SuccessfulJobsHistoryLimit!.Value, spec.FailedJobsHistoryLimit!.Value));
        Assert.Null(spec.JobTemplate.Spec.BackoffLimit);
        Assert.Null(spec.JobTemplate.Spec.Completions);
        AssertJson(DefaultedTemplate, spec.JobTemplate.Spec.Template);
    }

    [Fact]
    public void Apply_ReplicationController_DefaultsSelectorLabelsAndReplicasFromTemplate()
    {
        var controller = Defaulted<ReplicationController>("""{"spec":{"template":@TEMPLATE}}""".Replace("@TEMPLATE", Template, StringComparison.Ordinal));

        Assert.Equal(new Dictionary<string, string> { ["app"] = "a" }, controller.Spec.Selector);
        Assert.Equal(new Dictionary<string, string> { ["app"] = "a" }, controller.Metadata.Labels);
        Assert.Equal(1, controller.Spec.Replicas);
        AssertJson(DefaultedTemplate, controller.Spec.Template!);
    }

    [Fact]
    public void Apply_DeploymentTemplate_ContainersGetPodDefaults()
    {
        var deployment = Defaulted<Deployment>("""
            {"spec":{"template":{"spec":{"containers":[{"name":"c","image":"app:2","ports":[{"containerPort":8080}],
              "readinessProbe":{"httpGet":{"port":8080}},"env":[{"name":"IP","valueFrom":{"fieldRef":{"fieldPath":"status.podIP"}}}]}],
              "volumes":[{"name":"tmp"},{"name":"cfg","configMap":{"name":"cfg"}}]}}}}
            """);

        var container = deployment.Spec.Template.Spec.Containers[0];
        Assert.Equal(("IfNotPresent", "TCP", "v1", "/"), (container.ImagePullPolicy!, container.Ports![0].Protocol!, container.Env![0].ValueFrom!.FieldRef!.ApiVersion!, container.ReadinessProbe!.HttpGet!.Path!));
        Assert.Equal(10, container.ReadinessProbe.PeriodSeconds);
        Assert.NotNull(deployment.Spec.Template.Spec.Volumes![0].EmptyDir);
        Assert.Equal(420, deployment.Spec.Template.Spec.Volumes[1].ConfigMap!.DefaultMode);
    }
}
