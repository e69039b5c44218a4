using Dotkube.Api.Core.V1;
using Dotkube.Api.Discovery.V1;
using Dotkube.Api.Meta;
using Dotkube.Controllers.Common;
using Dotkube.Controllers.EndpointSlices;
using static Dotkube.Controllers.Tests.Endpoints.ServiceTestObjects;
using Slice = Dotkube.Api.Discovery.V1.EndpointSlice;

namespace Dotkube.Controllers.Tests.EndpointSlices;

public sealed class SlicePlannerTests
{
    private static readonly Func<string, Node?> AllNodesExist = name => new Node { Metadata = new ObjectMeta { Name = name } };

    [Fact]
    public void Two_hundred_fifty_pods_fill_three_slices_of_at_most_one_hundred()
    {
        var pods = Enumerable.Range(0, 250).Select(i => Pod($"p{i:D3}", $"10.42.{i / 256}.{i % 256}"));

        var plan = new SlicePlanner(Service(), 100).Plan(pods, [], AllNodesExist);

        Assert.Equal([100, 100, 50], plan.Create.Select(s => s.Endpoints.Count));
        Assert.Empty(plan.Update);
        Assert.Empty(plan.Delete);
        Assert.Equal(250, plan.Create.SelectMany(s => s.Endpoints).Select(e => e.TargetRef!.Name).Distinct().Count());
    }

    [Fact]
    public void New_slices_carry_the_service_labels_owner_ports_and_address_type()
    {
        var service = Service();
        service.Metadata.Labels = new() { ["team"] = "a", [EndpointSliceLabels.ManagedBy] = "someone-else" };

        var slice = Assert.Single(new SlicePlanner(service, 100).Plan([Pod("a", "10.42.0.1")], [], AllNodesExist).Create);

        Assert.Equal("web-", slice.Metadata.GenerateName);
        Assert.Equal(AddressType.IPv4, slice.AddressType);
        Assert.Equal(new Dictionary<string, string>
        {
            ["team"] = "a",
            [EndpointSliceLabels.ServiceName] = "web",
            [EndpointSliceLabels.ManagedBy] = EndpointSliceLabels.ControllerName,
        }, slice.Metadata.Labels);
        var owner = Assert.Single(slice.Metadata.OwnerReferences!);
        Assert.Equal(("v1", "Service", "web", "svc-uid-web", true), (owner.ApiVersion, owner.Kind, owner.Name, owner.Uid, owner.Controller == true));
        var port = Assert.Single(slice.Ports);
        Assert.Equal(("http", "TCP", 8080), (port.Name, port.Protocol, port.Port!.Value));
        var endpoint = Assert.Single(slice.Endpoints);
        Assert.Equal(["10.42.0.1"], endpoint.Addresses);
        Assert.Equal(("node-1", "Pod", "a", "uid-a"), (endpoint.NodeName, endpoint.TargetRef!.Kind, endpoint.TargetRef.Name, endpoint.TargetRef.Uid));
    }

    [Theory]
    [InlineData(true, false, false, true, true, false)]
    [InlineData(false, false, false, false, false, false)]
    [InlineData(true, true, false, false, true, true)]
    [InlineData(false, true, false, false, false, true)]
    [InlineData(false, false, true, true, false, false)]
    [InlineData(true, true, true, true, true, true)]
    public void Conditions_follow_readiness_and_termination(bool podReady, bool terminating, bool publishNotReady,
        bool ready, bool serving, bool isTerminating)
    {
        var service = Service();
        service.Spec.PublishNotReadyAddresses = publishNotReady;
        var pod = Pod("a", "10.42.0.1", ready: podReady);
        if (terminating)
            pod.Terminating();

        var endpoint = DesiredEndpoints.ToEndpoint(pod, null, service, AddressType.IPv4);

        Assert.Equal((ready, serving, isTerminating), (endpoint.Conditions.Ready, endpoint.Conditions.Serving, endpoint.Conditions.Terminating));
    }

    [Fact]
    public void Pods_resolving_a_named_port_differently_go_to_different_slices()
    {
        var service = Service(ports: Port("web", 80, "http"));
        var pods = new[]
        {
            Pod("a", "10.42.0.1", ports: ContainerPort("http", 8080)),
            Pod("b", "10.42.0.2", ports: ContainerPort("http", 9090)),
            Pod("c", "10.42.0.3", ports: ContainerPort("http", 8080)),
        };

        var plan = new SlicePlanner(service, 100).Plan(pods, [], AllNodesExist);

        var byPort = plan.Create.ToDictionary(s => Assert.Single(s.Ports).Port!.Value, s => s.Endpoints.Select(e => e.TargetRef!.Name!));
        Assert.Equal(["a", "c"], byPort[8080]);
        Assert.Equal(["b"], byPort[9090]);
    }

    [Fact]
    public void An_unchanged_state_plans_no_writes()
    {
        var service = Service();
        var pods = Enumerable.Range(0, 150).Select(i => Pod($"p{i:D3}", $"10.42.0.{i}")).ToList();
        var existing = Named(new SlicePlanner(service, 100).Plan(pods, [], AllNodesExist).Create);

        var plan = new SlicePlanner(service, 100).Plan(Enumerable.Reverse(pods), existing, AllNodesExist);

        Assert.True(plan.IsEmpty);
    }

    [Fact]
    public void A_changed_endpoint_is_updated_in_place()
    {
        var service = Service();
        var existing = Named(new SlicePlanner(service, 100).Plan([Pod("a", "10.42.0.1"), Pod("b", "10.42.0.2")], [], AllNodesExist).Create);

        var plan = new SlicePlanner(service, 100).Plan([Pod("a", "10.42.0.1"), Pod("b", "10.42.0.2", ready: false)], existing, AllNodesExist);

        var updated = Assert.Single(plan.Update);
        Assert.Equal("slice-0", updated.Metadata.Name);
        Assert.Equal([true, false], updated.Endpoints.Select(e => e.Conditions.Ready!.Value));
        Assert.Empty(plan.Create);
        Assert.Empty(plan.Delete);
        Assert.True(existing[0].Endpoints.All(e => e.Conditions.Ready == true), "the cached slice must not change");
    }

    [Fact]
    public void New_endpoints_go_to_the_unchanged_slice_they_fill_closest_to_full()
    {
        var service = Service();
        var pods = Enumerable.Range(0, 150).Select(i => Pod($"p{i:D3}", $"10.42.0.{i}")).ToList();
        var existing = Named(new SlicePlanner(service, 100).Plan(pods, [], AllNodesExist).Create);

        var plan = new SlicePlanner(service, 100).Plan([.. pods, Pod("x", "10.42.1.1")], existing, AllNodesExist);

        var updated = Assert.Single(plan.Update);
        Assert.Equal(51, updated.Endpoints.Count);
        Assert.Empty(plan.Create);
    }

    [Fact]
    public void A_service_without_endpoints_gets_one_empty_placeholder_slice()
    {
        var plan = new SlicePlanner(Service(), 100).Plan([], [], AllNodesExist);

        var placeholder = Assert.Single(plan.Create);
        Assert.Empty(placeholder.Endpoints);
        Assert.Empty(placeholder.Ports);

        Assert.True(new SlicePlanner(Service(), 100).Plan([], Named(plan.Create), AllNodesExist).IsEmpty);
    }

    [Fact]
    public void The_last_pod_leaving_turns_its_slice_into_the_placeholder_instead_of_deleting_it()
    {
        var service = Service();
        var existing = Named(new SlicePlanner(service, 100).Plan([Pod("a", "10.42.0.1")], [], AllNodesExist).Create);

        var plan = new SlicePlanner(service, 100).Plan([], existing, AllNodesExist);

        var updated = Assert.Single(plan.Update);
        Assert.Equal("slice-0", updated.Metadata.Name);
        Assert.Empty(updated.Endpoints);
        Assert.Empty(plan.Create);
        Assert.Empty(plan.Delete);
    }

    [Fact]
    public void Pods_on_unknown_nodes_are_skipped_unless_not_ready_addresses_are_published()
    {
        var service = Service();
        var pods = new[] { Pod("a", "10.42.0.1"), Pod("b", "10.42.0.2", node: "ghost") };
        Node? Lookup(string name) => name == "ghost" ? null : AllNodesExist(name);

        var plan = new SlicePlanner(service, 100).Plan(pods, [], Lookup);
        service.Spec.PublishNotReadyAddresses = true;
        var published = new SlicePlanner(service, 100).Plan(pods, [], Lookup);

        Assert.Equal(["a"], Assert.Single(plan.Create).Endpoints.Select(e => e.TargetRef!.Name));
        Assert.Equal(["b"], plan.SkippedPods);
        Assert.Equal(2, Assert.Single(published.Create).Endpoints.Count);
        Assert.Empty(published.SkippedPods);
    }

    [Fact]
    public void Terminating_pods_stay_as_terminating_endpoints()
    {
        var endpoint = Assert.Single(Assert.Single(new SlicePlanner(Service(), 100)
            .Plan([Pod("a", "10.42.0.1").Terminating()], [], AllNodesExist).Create).Endpoints);

        Assert.Equal((false, true, true), (endpoint.Conditions.Ready, endpoint.Conditions.Serving, endpoint.Conditions.Terminating));
    }

    [Fact]
    public void A_headless_service_labels_its_slices_headless()
    {
        var service = Service(clusterIp: "None");
        service.Spec.IPFamilies = ["IPv4"];

        var slice = Assert.Single(new SlicePlanner(service, 100).Plan([Pod("a", "10.42.0.1")], [], AllNodesExist).Create);

        Assert.Equal("", slice.Metadata.Labels![ServiceEndpoints.HeadlessLabel]);
    }

    [Fact]
    public void A_headless_service_without_ip_families_gets_slices_of_both_address_types()
    {
        var plan = new SlicePlanner(Service(clusterIp: "None"), 100).Plan([Pod("a", "10.42.0.1")], [], AllNodesExist);

        Assert.Equal([(AddressType.IPv4, 1), (AddressType.IPv6, 0)], plan.Create.Select(s => (s.AddressType, s.Endpoints.Count)));
    }

    /// <summary>The slices as the server would return them: named, with a uid.</summary>
    private static List<Slice> Named(List<Slice> slices)
    {
        for (var i = 0; i < slices.Count; i++)
        {
            slices[i].Metadata.Name = $"slice-{i}";
            slices[i].Metadata.Uid = $"slice-uid-{i}";
        }

        return slices;
    }
}
