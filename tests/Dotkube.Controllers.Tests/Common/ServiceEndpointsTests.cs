using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Values;
using Dotkube.Controllers.Common;

namespace Dotkube.Controllers.Tests.Common;

public sealed class ServiceEndpointsTests
{
    [Theory]
    [InlineData("http", "TCP", 8080)]
    [InlineData("dns", "UDP", 53)]
    [InlineData("dns", "TCP", null)]
    [InlineData("sidecar", "TCP", 9000)]
    [InlineData("init", "TCP", null)]
    [InlineData("missing", "TCP", null)]
    public void Named_target_ports_resolve_from_containers_and_sidecars_by_name_and_protocol(string name, string protocol, int? expected)
    {
        var pod = new Pod();
        pod.Spec.Containers = [new Container
        {
            Name = "main",
            Ports = [new ContainerPort { Name = "http", Port = 8080 }, new ContainerPort { Name = "dns", Port = 53, Protocol = "UDP" }],
        }];
        pod.Spec.InitContainers =
        [
            new Container { Name = "sidecar", RestartPolicy = "Always", Ports = [new ContainerPort { Name = "sidecar", Port = 9000 }] },
            new Container { Name = "init", Ports = [new ContainerPort { Name = "init", Port = 9001 }] },
        ];
        var servicePort = new ServicePort { Port = 80, Protocol = protocol, TargetPort = IntOrString.FromString(name) };

        var found = ServiceEndpoints.TryFindPort(pod, servicePort, out var port);

        Assert.Equal(expected, found ? port : null);
    }

    [Fact]
    public void A_numeric_target_port_is_used_as_is()
    {
        Assert.True(ServiceEndpoints.TryFindPort(new Pod(), new ServicePort { Port = 80, TargetPort = 8443 }, out var port));
        Assert.Equal(8443, port);
    }

    [Fact]
    public void The_trigger_time_is_the_service_creation_first_then_the_earliest_readiness_change()
    {
        var tracker = new TriggerTimeTracker();
        var created = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var service = new Service { Metadata = new ObjectMeta { Name = "web", Namespace = "ns", CreationTimestamp = created } };
        Pod PodReadyAt(string name, int seconds) => new()
        {
            Metadata = new ObjectMeta { Name = name },
            Status = new PodStatus { Conditions = [new PodCondition { Type = "Ready", Status = "True", LastTransitionTime = created.AddSeconds(seconds) }] },
        };

        Assert.Equal(created, tracker.Compute(service, [PodReadyAt("a", 5)]));
        Assert.Null(tracker.Compute(service, [PodReadyAt("a", 5)]));
        Assert.Equal(created.AddSeconds(7), tracker.Compute(service, [PodReadyAt("a", 9), PodReadyAt("b", 7)]));
    }

    [Fact]
    public void Trigger_times_print_as_go_rfc3339_nano()
    {
        var time = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

        Assert.Equal("2025-01-02T03:04:05Z", TriggerTimeTracker.Format(time));
        Assert.Equal("2025-01-02T03:04:05.25Z", TriggerTimeTracker.Format(time.AddMilliseconds(250)));
    }
}
