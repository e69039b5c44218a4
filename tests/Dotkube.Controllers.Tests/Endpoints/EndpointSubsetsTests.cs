using Dotkube.Api.Core.V1;
using Dotkube.Controllers.Endpoints;
using static Dotkube.Controllers.Tests.Endpoints.ServiceTestObjects;

namespace Dotkube.Controllers.Tests.Endpoints;

public sealed class EndpointSubsetsTests
{
    [Fact]
    public void Ready_and_not_ready_pods_on_the_same_ports_share_one_subset()
    {
        var subsets = EndpointSubsets.Build(Service(), [Pod("b", "10.42.0.2"), Pod("a", "10.42.0.1"), Pod("c", "10.42.0.3", ready: false)]);

        var subset = Assert.Single(subsets);
        Assert.Equal(["10.42.0.1", "10.42.0.2"], subset.Addresses!.Select(a => a.IP));
        Assert.Equal("10.42.0.3", Assert.Single(subset.NotReadyAddresses!).IP);
        var port = Assert.Single(subset.Ports!);
        Assert.Equal(("http", 8080, "TCP"), (port.Name, port.Port, port.Protocol));
    }

    [Fact]
    public void Addresses_carry_the_pod_reference_and_node()
    {
        var address = Assert.Single(EndpointSubsets.Build(Service(), [Pod("a", "10.42.0.1", node: "n7")])[0].Addresses!);

        Assert.Equal("n7", address.NodeName);
        Assert.Equal(("Pod", "ns", "a", "uid-a"), (address.TargetRef!.Kind, address.TargetRef.Namespace, address.TargetRef.Name, address.TargetRef.Uid));
        Assert.Null(address.Hostname);
    }

    [Fact]
    public void Publish_not_ready_addresses_lists_every_pod_as_ready_including_terminating_ones()
    {
        var service = Service();
        service.Spec.PublishNotReadyAddresses = true;

        var subset = Assert.Single(EndpointSubsets.Build(service, [Pod("a", "10.42.0.1", ready: false), Pod("b", "10.42.0.2").Terminating()]));

        Assert.Equal(["10.42.0.1", "10.42.0.2"], subset.Addresses!.Select(a => a.IP));
        Assert.Null(subset.NotReadyAddresses);
    }

    public static TheoryData<string, Pod> PodsThatAreNoEndpoints => new()
    {
        { "no IP", Pod("a", null) },
        { "succeeded", Pod("a", "10.42.0.1").InPhase("Succeeded") },
        { "failed", Pod("a", "10.42.0.1").InPhase("Failed") },
        { "terminating", Pod("a", "10.42.0.1").Terminating() },
    };

    [Theory]
    [MemberData(nameof(PodsThatAreNoEndpoints))]
    public void Pods_without_an_IP_finished_or_terminating_are_left_out(string why, Pod pod)
    {
        Assert.True(EndpointSubsets.Build(Service(), [pod]).Count == 0, why);
    }

    [Fact]
    public void A_named_target_port_resolves_per_pod_and_pods_without_it_are_skipped_for_that_port()
    {
        var service = Service(ports: [Port("web", 80, "http"), Port("metrics", 9090, 9090)]);
        var pods = new[]
        {
            Pod("a", "10.42.0.1", ports: ContainerPort("http", 8080)),
            Pod("b", "10.42.0.2", ports: ContainerPort("http", 8081)),
            Pod("c", "10.42.0.3"),
            Pod("d", "10.42.0.4", ports: ContainerPort("http", 8080, "UDP")),
        };

        var subsets = EndpointSubsets.Build(service, pods);

        var summary = subsets.Select(s => (string.Join(",", s.Addresses!.Select(a => a.IP)), string.Join(",", s.Ports!.Select(p => $"{p.Name}:{p.Port}"))));
        Assert.Equal(
            [("10.42.0.1,10.42.0.2,10.42.0.3,10.42.0.4", "metrics:9090"), ("10.42.0.1", "web:8080"), ("10.42.0.2", "web:8081")],
            summary);
    }

    [Fact]
    public void Output_does_not_depend_on_pod_order()
    {
        var service = Service(ports: [Port("web", 80, "http")]);
        var pods = Enumerable.Range(1, 20)
            .Select(i => Pod($"p{i}", $"10.42.0.{i}", ready: i % 3 != 0, ports: ContainerPort("http", 8080 + (i % 2))))
            .ToList();

        var forward = EndpointSubsets.Build(service, pods);
        var backward = EndpointSubsets.Build(service, Enumerable.Reverse(pods));

        Assert.True(EndpointSubsets.Equal(forward, backward));
        Assert.Equal(2, forward.Count);
    }

    [Fact]
    public void Repacking_merges_duplicate_addresses_and_not_ready_wins()
    {
        var address = new EndpointAddress { IP = "10.42.0.1", TargetRef = new ObjectReference { Uid = "u1" } };
        var port = new EndpointPort { Name = "http", Port = 80, Protocol = "TCP" };
        var subsets = new[]
        {
            new EndpointSubset { Addresses = [address], Ports = [port] },
            new EndpointSubset { NotReadyAddresses = [address], Ports = [port] },
            new EndpointSubset { Addresses = [address], Ports = [port] },
        };

        var repacked = EndpointSubsets.Repack(subsets);

        var subset = Assert.Single(repacked);
        Assert.Null(subset.Addresses);
        Assert.Equal("10.42.0.1", Assert.Single(subset.NotReadyAddresses!).IP);
    }

    [Fact]
    public void Addresses_serving_the_same_ports_are_grouped_even_when_listed_per_port()
    {
        var a = new EndpointAddress { IP = "10.42.0.1" };
        var b = new EndpointAddress { IP = "10.42.0.2" };
        var http = new EndpointPort { Name = "http", Port = 80 };
        var https = new EndpointPort { Name = "https", Port = 443 };

        var repacked = EndpointSubsets.Repack([
            new EndpointSubset { Addresses = [a], Ports = [http] },
            new EndpointSubset { Addresses = [b], Ports = [https] },
            new EndpointSubset { Addresses = [b], Ports = [http] },
            new EndpointSubset { Addresses = [a], Ports = [https] },
        ]);

        var subset = Assert.Single(repacked);
        Assert.Equal(["10.42.0.1", "10.42.0.2"], subset.Addresses!.Select(x => x.IP));
        Assert.Equal(["http", "https"], subset.Ports!.Select(p => p.Name));
    }

    [Fact]
    public void A_headless_service_without_ports_lists_bare_addresses()
    {
        var service = Service(clusterIp: "None");
        service.Spec.Ports = null;

        var subset = Assert.Single(EndpointSubsets.Build(service, [Pod("a", "10.42.0.1")]));

        Assert.Null(subset.Ports);
        Assert.Equal("10.42.0.1", Assert.Single(subset.Addresses!).IP);
    }

    [Fact]
    public void The_hostname_is_published_only_for_the_service_named_by_the_subdomain()
    {
        var service = Service(clusterIp: "None");
        var named = Pod("a", "10.42.0.1");
        named.Spec.Hostname = "alpha";
        named.Spec.Subdomain = "web";
        var other = Pod("b", "10.42.0.2");
        other.Spec.Hostname = "beta";
        other.Spec.Subdomain = "elsewhere";

        var addresses = Assert.Single(EndpointSubsets.Build(service, [named, other])).Addresses!;

        Assert.Equal(["alpha", null], addresses.Select(a => a.Hostname));
    }

    [Fact]
    public void Truncation_keeps_ready_addresses_first()
    {
        var subsets = new List<EndpointSubset>
        {
            new() { Addresses = Addresses(0, 800), NotReadyAddresses = Addresses(800, 300) },
            new() { Addresses = Addresses(1100, 400), Ports = [new EndpointPort { Port = 1 }] },
        };

        Assert.True(EndpointSubsets.Truncate(subsets));

        Assert.Equal(1000, EndpointSubsets.Count(subsets));
        Assert.Equal([667, 333], subsets.Select(s => s.Addresses!.Count));
        Assert.All(subsets, s => Assert.Null(s.NotReadyAddresses));
    }

    [Fact]
    public void Truncation_spreads_kept_not_ready_addresses_in_proportion()
    {
        var subsets = new List<EndpointSubset>
        {
            new() { Addresses = Addresses(0, 400), NotReadyAddresses = Addresses(400, 900) },
            new() { NotReadyAddresses = Addresses(1300, 300), Ports = [new EndpointPort { Port = 1 }] },
        };

        Assert.True(EndpointSubsets.Truncate(subsets));

        Assert.Equal(400, subsets[0].Addresses!.Count);
        Assert.Equal([450, 150], subsets.Select(s => s.NotReadyAddresses!.Count));
    }

    [Fact]
    public void Up_to_the_capacity_nothing_is_cut()
    {
        var subsets = new List<EndpointSubset> { new() { Addresses = Addresses(0, 1000) } };

        Assert.False(EndpointSubsets.Truncate(subsets));
        Assert.Equal(1000, subsets[0].Addresses!.Count);
    }

    private static List<EndpointAddress> Addresses(int from, int count) =>
        [.. Enumerable.Range(from, count).Select(i => new EndpointAddress { IP = $"10.{i / 65536}.{i / 256 % 256}.{i % 256}" })];
}
