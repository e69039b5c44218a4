using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Values;
using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Tests.Framework;

public sealed class PodRequestsTests
{
    private static Container C(string cpu, string memory, string? restartPolicy = null) => new()
    {
        Name = "c" + Guid.NewGuid().ToString("N")[..4],
        RestartPolicy = restartPolicy,
        Resources = new ResourceRequirements
        {
            Requests = new Dictionary<string, Quantity> { ["cpu"] = Quantity.Parse(cpu), ["memory"] = Quantity.Parse(memory) },
        },
    };

    private static Pod P(Container[] containers, Container[]? init = null) => new()
    {
        Metadata = new ObjectMeta { Name = "p" },
        Spec = new PodSpec { Containers = [.. containers], InitContainers = init is null ? null : [.. init] },
    };

    [Fact]
    public void App_containers_add_up()
    {
        var r = PodRequests.Of(P([C("100m", "1Gi"), C("200m", "1Gi")]));

        Assert.Equal((300, 2L << 30), (r.MilliCpu, r.Memory));
    }

    [Fact]
    public void The_largest_init_container_wins_when_it_asks_more_than_the_app_containers_together()
    {
        var r = PodRequests.Of(P([C("100m", "1Gi"), C("100m", "1Gi")], [C("500m", "512Mi"), C("50m", "3Gi")]));

        Assert.Equal((500, 3L << 30), (r.MilliCpu, r.Memory));
    }

    [Fact]
    public void Sidecars_count_with_the_app_containers_and_beside_later_init_containers()
    {
        var r = PodRequests.Of(P([C("100m", "1Gi")], [C("200m", "1Gi", "Always"), C("250m", "1Gi")]));

        // App 100m + sidecar 200m = 300m; the later init container runs beside the sidecar: 450m.
        Assert.Equal((450, 2L << 30), (r.MilliCpu, r.Memory));
    }

    [Fact]
    public void Containers_without_requests_count_upstream_defaults_only_for_scoring()
    {
        var pod = P([new Container { Name = "c" }]);

        Assert.Equal((0, 0L), (PodRequests.Of(pod).MilliCpu, PodRequests.Of(pod).Memory));
        Assert.Equal((100, 200L << 20), (PodRequests.NonZeroOf(pod).MilliCpu, PodRequests.NonZeroOf(pod).Memory));
    }
}
