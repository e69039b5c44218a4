using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Values;
using Dotkube.Kubelet.Lifecycle;

namespace Dotkube.Kubelet.Tests.Lifecycle;

/// <summary>Node admission of pods, as upstream's predicate admit handler and HandlePodAdditions' creation order.</summary>
public sealed class PodAdmissionTests
{
    private static readonly Dictionary<string, Quantity> Allocatable = new()
    {
        ["cpu"] = Quantity.Parse("2"), ["memory"] = Quantity.Parse("1Gi"), ["pods"] = Quantity.Parse("3"),
    };

    [Fact]
    public void A_pod_that_fits_beside_the_active_pods_is_admitted()
    {
        Assert.True(PodAdmission.Admit(Pod("a", cpu: "1"), [Pod("b", cpu: "500m")], Allocatable).Admit);
    }

    [Theory]
    [InlineData("1600m", null, "OutOfcpu", "Node didn't have enough resource: cpu, requested: 1600, used: 500, capacity: 2000")]
    [InlineData(null, "800Mi", "OutOfmemory", "Node didn't have enough resource: memory, requested: 838860800, used: 268435456, capacity: 1073741824")]
    public void A_pod_whose_requests_do_not_fit_is_rejected_with_upstreams_reason_and_message(string? cpu, string? memory, string reason, string message)
    {
        var result = PodAdmission.Admit(Pod("a", cpu, memory), [Pod("b", cpu: "500m", memory: "256Mi")], Allocatable);
        Assert.Equal(new AdmissionResult(false, reason, message), result);
    }

    [Fact]
    public void The_pod_count_is_checked_first_even_for_a_pod_that_requests_nothing()
    {
        var result = PodAdmission.Admit(Pod("d"), [Pod("a"), Pod("b"), Pod("c")], Allocatable);
        Assert.Equal(new AdmissionResult(false, "OutOfpods", "Node didn't have enough resource: pods, requested: 1, used: 3, capacity: 3"), result);
        Assert.True(PodAdmission.Admit(Pod("c"), [Pod("a", cpu: "2"), Pod("b")], Allocatable).Admit);
    }

    [Fact]
    public void An_extended_resource_the_node_does_not_have_is_left_out()
    {
        var pod = Pod("a");
        pod.Spec.Containers[0].Resources.Requests = new() { ["example.com/gpu"] = Quantity.Parse("1") };
        Assert.True(PodAdmission.Admit(pod, [], Allocatable).Admit);
    }

    [Fact]
    public void Pods_are_admitted_oldest_first_whichever_is_asked_about_first()
    {
        var older = Pod("older", cpu: "1500m", created: 1);
        var newer = Pod("newer", cpu: "1500m", created: 2);
        var admitter = new PodAdmitter(() => [newer, older], () => null, Allocatable);

        var answer = admitter.Admit(newer, ran: false);
        Assert.Equal(("OutOfcpu", "Node didn't have enough resource: cpu, requested: 1500, used: 1500, capacity: 2000"), (answer.Reason, answer.Message));
        Assert.True(admitter.Admit(older, ran: false).Admit);
    }

    [Fact]
    public void A_pod_that_already_ran_is_admitted_as_it_is_and_counts_against_later_ones()
    {
        var running = Pod("running", cpu: "1500m", created: 2);
        running.Status.Phase = "Running";
        var pending = Pod("pending", cpu: "1", created: 3);
        var admitter = new PodAdmitter(() => [running, pending], () => null, Allocatable);

        Assert.False(admitter.Admit(pending, ran: false).Admit);
        admitter.Forget(pending.Metadata.Uid!);
        Assert.True(admitter.Admit(pending, ran: true).Admit);
    }

    [Fact]
    public void A_pod_whose_nodeSelector_does_not_match_the_node_is_rejected_NodeAffinity_after_the_resource_checks()
    {
        var node = new Api.Core.V1.Node { Metadata = new ObjectMeta { Name = "n1", Labels = new() { ["disk"] = "hdd" } } };
        var pod = Pod("a", cpu: "100m");
        pod.Spec.NodeSelector = new() { ["disk"] = "ssd" };
        Assert.Equal(new AdmissionResult(false, "NodeAffinity", "Predicate NodeAffinity failed: node(s) didn't match Pod's node affinity/selector"),
            PodAdmission.Admit(pod, [], Allocatable, node));
        var greedy = Pod("b", cpu: "3");
        greedy.Spec.NodeSelector = pod.Spec.NodeSelector;
        Assert.Equal("OutOfcpu", PodAdmission.Admit(greedy, [], Allocatable, node).Reason);
        node.Metadata.Labels["disk"] = "ssd";
        Assert.True(PodAdmission.Admit(pod, [], Allocatable, node).Admit);
    }

    private static Pod Pod(string name, string? cpu = null, string? memory = null, int created = 0)
    {
        var requests = new Dictionary<string, Quantity>();
        if (cpu is not null)
            requests["cpu"] = Quantity.Parse(cpu);
        if (memory is not null)
            requests["memory"] = Quantity.Parse(memory);
        return new Pod
        {
            Metadata = new ObjectMeta { Name = name, Uid = "uid-" + name, CreationTimestamp = DateTimeOffset.UnixEpoch.AddSeconds(created) },
            Spec = new PodSpec { Containers = [new Container { Name = "main", Resources = new ResourceRequirements { Requests = requests } }] },
        };
    }
}
