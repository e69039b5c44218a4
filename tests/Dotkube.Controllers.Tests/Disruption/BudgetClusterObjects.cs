using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Policy.V1;
using Dotkube.Api.Values;
using Dotkube.Client.Rest;
using Dotkube.Controllers.Tests.Support;

namespace Dotkube.Controllers.Tests.Disruption;

/// <summary>
/// Budgets, owners and pods on the real API server for the disruption controller tests. No
/// kubelet runs, so pods get their phase and readiness through pods/status here.
/// </summary>
internal static class BudgetClusterObjects
{
    public static readonly Dictionary<string, string> WebLabels = new() { ["app"] = "web" };

    public static Task<PodDisruptionBudget> CreateBudgetAsync(KubeClient client, string ns, IntOrString? minAvailable = null,
        IntOrString? maxUnavailable = null, string name = "web-pdb") =>
        client.CreateAsync(new PodDisruptionBudget
        {
            Metadata = new ObjectMeta { Name = name, Namespace = ns },
            Spec = new PodDisruptionBudgetSpec
            {
                MinAvailable = minAvailable,
                MaxUnavailable = maxUnavailable,
                Selector = new LabelSelector { MatchLabels = WebLabels },
            },
        });

    public static Task<Api.Apps.V1.ReplicaSet> CreateReplicaSetAsync(KubeClient client, string ns, int replicas) =>
        client.CreateAsync(new Api.Apps.V1.ReplicaSet
        {
            Metadata = new ObjectMeta { Name = "web", Namespace = ns },
            Spec = new Api.Apps.V1.ReplicaSetSpec
            {
                Replicas = replicas,
                Selector = new LabelSelector { MatchLabels = WebLabels },
                Template = new PodTemplateSpec
                {
                    Metadata = new ObjectMeta { Labels = WebLabels },
                    Spec = new PodSpec { Containers = [new Container { Name = "c", Image = "nginx" }] },
                },
            },
        });

    /// <summary>A running pod labelled app=web, controlled by <paramref name="owner"/> when given, Ready as asked.</summary>
    public static async Task<Pod> CreatePodAsync(KubeClient client, string ns, string name, bool ready = true, KubeObject? owner = null)
    {
        await client.CreateAsync(new Pod
        {
            Metadata = new ObjectMeta
            {
                Name = name,
                Namespace = ns,
                Labels = WebLabels,
                OwnerReferences = owner is null ? null :
                    [new OwnerReference { ApiVersion = "apps/v1", Kind = "ReplicaSet", Name = owner.Metadata.Name!, Uid = owner.Metadata.Uid!, Controller = true }],
            },
            Spec = new PodSpec { NodeName = "node-a", Containers = [new Container { Name = "c", Image = "nginx" }] },
        });
        return await SetReadyAsync(client, ns, name, ready);
    }

    public static async Task<Pod> SetReadyAsync(KubeClient client, string ns, string name, bool ready)
    {
        var pod = await client.GetAsync<Pod>(ns, name);
        pod.Status.Phase = "Running";
        pod.Status.Conditions = [new PodCondition { Type = "Ready", Status = ready ? "True" : "False", LastTransitionTime = DateTimeOffset.UtcNow }];
        return await client.UpdateStatusAsync(pod);
    }

    /// <summary>Waits until the budget's status is <paramref name="done"/>, with its generation observed.</summary>
    public static Task<PodDisruptionBudget> BudgetWhereAsync(KubeClient client, string ns, Func<PodDisruptionBudgetStatus, bool> done, string what,
        string name = "web-pdb") =>
        Eventually.ReturnsAsync(() => client.GetAsync<PodDisruptionBudget>(ns, name),
            pdb => pdb.Status.ObservedGeneration == pdb.Metadata.Generation && done(pdb.Status), what);

    public static Condition AllowedCondition(PodDisruptionBudget pdb) =>
        Assert.Single(pdb.Status.Conditions!, c => c.Type == DisruptionBudgetConditions.DisruptionAllowed);

    public static (int Healthy, int Desired, int Expected, int Allowed) Counts(PodDisruptionBudgetStatus status) =>
        (status.CurrentHealthy, status.DesiredHealthy, status.ExpectedPods, status.DisruptionsAllowed);
}
