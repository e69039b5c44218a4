using Dotkube.Api.Coordination.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Controllers.Tests.Support;
using Dotkube.Testing.HollowNodes;

namespace Dotkube.Controllers.Tests.Testing;

[Collection(ClusterCollection.Name)]
public sealed class HollowNodeSetTests(ClusterFixture fixture)
{
    private static string Prefix() => "hollow-" + Guid.NewGuid().ToString("N")[..6];

    [Fact]
    public async Task Nodes_register_ready_with_a_lease()
    {
        var prefix = Prefix();
        await using var nodes = await HollowNodeSet.StartAsync(fixture.Client, new HollowNodeOptions { BindUnscheduledPods = true, Count = 2, NamePrefix = prefix });

        foreach (var name in nodes.Names)
        {
            var node = await fixture.Client.GetAsync<Node>(null, name);
            Assert.Equal("True", node.Status.Conditions!.Single(c => c.Type == "Ready").Status);
            Assert.Equal("110", node.Status.Allocatable!["pods"].ToString());
            var lease = await fixture.Client.GetAsync<Lease>("kube-node-lease", name);
            Assert.Equal(name, lease.Spec.HolderIdentity);
        }

        await nodes.DeleteNodesAsync();
    }

    [Fact]
    public async Task A_pending_pod_is_bound_and_becomes_ready_with_an_ip()
    {
        var ns = await fixture.NewNamespaceAsync();
        await using var nodes = await HollowNodeSet.StartAsync(fixture.Client,
            new HollowNodeOptions { BindUnscheduledPods = true, Count = 2, NamePrefix = Prefix(), BindNamespace = ns });
        await fixture.Client.CreateAsync(NewPod(ns, "web", "busybox"));

        var pod = await Eventually.ReturnsAsync(() => fixture.Client.GetAsync<Pod>(ns, "web"),
            p => p.Status?.Conditions?.Any(c => c.Type == "Ready" && c.Status == "True") == true, "pod ready");

        Assert.Contains(pod.Spec.NodeName, nodes.Names);
        Assert.Equal("Running", pod.Status!.Phase);
        Assert.StartsWith("10.244.", pod.Status.PodIP);
        Assert.True(pod.Status.ContainerStatuses!.Single().Ready);
        await nodes.DeleteNodesAsync();
    }

    [Fact]
    public async Task Fates_decide_the_pod_status()
    {
        var ns = await fixture.NewNamespaceAsync();
        var options = new HollowNodeOptions
        {
            BindUnscheduledPods = true,
            Count = 1,
            NamePrefix = Prefix(),
            BindNamespace = ns,
            Fate = pod => pod.Spec.Containers[0].Image switch
            {
                "bad" => HollowPodFate.ImagePullFails,
                "slow" => HollowPodFate.NeverReady,
                _ => HollowPodFate.Succeeds,
            },
        };
        await using var nodes = await HollowNodeSet.StartAsync(fixture.Client, options);
        await fixture.Client.CreateAsync(NewPod(ns, "bad", "bad"));
        await fixture.Client.CreateAsync(NewPod(ns, "slow", "slow"));
        await fixture.Client.CreateAsync(NewPod(ns, "job", "busybox"));

        var bad = await Eventually.ReturnsAsync(() => fixture.Client.GetAsync<Pod>(ns, "bad"),
            p => p.Status?.ContainerStatuses is { Count: 1 }, "image pull failure");
        var slow = await Eventually.ReturnsAsync(() => fixture.Client.GetAsync<Pod>(ns, "slow"),
            p => p.Status?.Phase == "Running", "running pod");
        await Eventually.ReturnsAsync(() => fixture.Client.GetAsync<Pod>(ns, "job"), p => p.Status?.Phase == "Succeeded", "completed pod");

        Assert.Equal("ErrImagePull", bad.Status!.ContainerStatuses![0].State.Waiting!.Reason);
        Assert.Equal("Pending", bad.Status.Phase);
        Assert.Equal("False", slow.Status!.Conditions!.Single(c => c.Type == "Ready").Status);
        await nodes.DeleteNodesAsync();
    }

    [Fact]
    public async Task A_deleted_pod_on_a_running_node_is_finished_and_gone()
    {
        var ns = await fixture.NewNamespaceAsync();
        await using var nodes = await HollowNodeSet.StartAsync(fixture.Client,
            new HollowNodeOptions { BindUnscheduledPods = true, Count = 1, NamePrefix = Prefix(), BindNamespace = ns });
        await fixture.Client.CreateAsync(NewPod(ns, "web", "busybox"));
        await Eventually.ReturnsAsync(() => fixture.Client.GetAsync<Pod>(ns, "web"), p => p.Status?.Phase == "Running", "pod running");

        await fixture.Client.DeleteAsync<Pod>(ns, "web");

        await Eventually.ReturnsAsync(() => fixture.Client.ListAsync<Pod>(ns), l => l.Items.Count == 0, "pod gone");
        await nodes.DeleteNodesAsync();
    }

    [Fact]
    public async Task A_stopped_node_stops_renewing_its_lease_and_a_resumed_one_renews_again()
    {
        var options = new HollowNodeOptions { BindUnscheduledPods = true, Count = 1, NamePrefix = Prefix(), LeaseRenewInterval = TimeSpan.FromMilliseconds(100) };
        await using var nodes = await HollowNodeSet.StartAsync(fixture.Client, options);
        var name = nodes.Names[0];

        nodes.Stop(name);
        await Task.Delay(300);
        var stopped = (await fixture.Client.GetAsync<Lease>("kube-node-lease", name)).Spec.RenewTime;
        await Task.Delay(500);
        Assert.Equal(stopped, (await fixture.Client.GetAsync<Lease>("kube-node-lease", name)).Spec.RenewTime);

        nodes.Resume(name);
        await Eventually.ReturnsAsync(() => fixture.Client.GetAsync<Lease>("kube-node-lease", name), l => l.Spec.RenewTime > stopped,
            "renewed lease");
        await nodes.DeleteNodesAsync();
    }

    private static Pod NewPod(string ns, string name, string image) => new()
    {
        Metadata = new ObjectMeta { Name = name, Namespace = ns },
        Spec = new PodSpec { Containers = [new Container { Name = "c", Image = image }] },
    };
}
