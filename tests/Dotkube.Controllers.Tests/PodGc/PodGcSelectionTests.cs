using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Controllers.PodGc;

namespace Dotkube.Controllers.Tests.PodGc;

public sealed class PodGcSelectionTests
{
    private static readonly DateTimeOffset T0 = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_oldest_terminated_pods_beyond_the_threshold_are_chosen()
    {
        var pods = new[]
        {
            Pod("new", "Succeeded", minutes: 3), Pod("old", "Failed", minutes: 1), Pod("running", "Running", minutes: 0),
            Pod("middle", "Succeeded", minutes: 2), Pod("pending", "Pending", minutes: 0),
        };

        Assert.Equal(["old", "middle"], PodGcSelection.TerminatedBeyondThreshold(pods, 1).Select(p => p.Metadata.Name));
        Assert.Empty(PodGcSelection.TerminatedBeyondThreshold(pods, 3));
    }

    [Fact]
    public void Evicted_pods_go_first_and_names_break_ties()
    {
        var evicted = Pod("z-evicted", "Failed", minutes: 9);
        evicted.Status.Reason = "Evicted";
        var pods = new[] { Pod("b", "Succeeded", minutes: 1), Pod("a", "Succeeded", minutes: 1), evicted };

        Assert.Equal(["z-evicted", "a"], PodGcSelection.TerminatedBeyondThreshold(pods, 1).Select(p => p.Metadata.Name));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_threshold_of_zero_or_less_turns_the_terminated_collection_off(int threshold)
    {
        Assert.Empty(PodGcSelection.TerminatedBeyondThreshold([Pod("a", "Failed", 0)], threshold));
    }

    [Theory]
    [InlineData("Succeeded", true)]
    [InlineData("Failed", true)]
    [InlineData("Running", false)]
    [InlineData("Pending", false)]
    [InlineData("Unknown", false)]
    public void Terminated_means_any_phase_but_pending_running_and_unknown(string phase, bool terminated)
    {
        Assert.Equal(terminated, PodGcSelection.IsTerminated(Pod("a", phase, 0)));
    }

    [Fact]
    public void Only_terminating_pods_without_a_node_are_unscheduled_terminating()
    {
        var unscheduled = Pod("a", "Pending", 0, node: null);
        unscheduled.Metadata.DeletionTimestamp = T0;
        var scheduled = Pod("b", "Running", 0);
        scheduled.Metadata.DeletionTimestamp = T0;

        Assert.Equal(["a"], PodGcSelection.UnscheduledTerminating([unscheduled, scheduled, Pod("c", "Pending", 0, node: null)]).Select(p => p.Metadata.Name));
    }

    [Fact]
    public void Terminating_pods_on_a_not_ready_out_of_service_node_are_chosen()
    {
        var down = new Node { Metadata = new ObjectMeta { Name = "down" } };
        down.Spec.Taints = [new Taint { Key = PodGcSelection.OutOfServiceTaint, Effect = "NoExecute" }];
        var ready = new Node { Metadata = new ObjectMeta { Name = "ready" } };
        ready.Spec.Taints = [new Taint { Key = PodGcSelection.OutOfServiceTaint, Effect = "NoExecute" }];
        ready.Status.Conditions = [new NodeCondition { Type = "Ready", Status = "True" }];
        var nodes = new Dictionary<string, Node> { ["down"] = down, ["ready"] = ready };
        var onDown = Pod("a", "Running", 0, node: "down");
        onDown.Metadata.DeletionTimestamp = T0;
        var onReady = Pod("b", "Running", 0, node: "ready");
        onReady.Metadata.DeletionTimestamp = T0;

        var chosen = PodGcSelection.TerminatingOnOutOfServiceNodes([onDown, onReady, Pod("c", "Running", 0, node: "down")], nodes.GetValueOrDefault);

        Assert.Equal(["a"], chosen.Select(p => p.Metadata.Name));
    }

    [Fact]
    public void Missing_nodes_are_those_pods_name_but_the_cache_lacks()
    {
        var pods = new[] { Pod("a", "Running", 0, node: "n1"), Pod("b", "Running", 0, node: "gone"), Pod("c", "Pending", 0, node: null) };

        Assert.Equal(["gone"], PodGcSelection.MissingNodes(pods, new HashSet<string> { "n1" }));
    }

    [Fact]
    public void A_missing_node_is_due_once_the_quarantine_has_passed_since_it_was_first_seen()
    {
        var quarantine = new NodeQuarantine(TimeSpan.FromSeconds(40));

        quarantine.Observe(["gone"], T0);
        quarantine.Observe(["gone"], T0.AddSeconds(30));

        Assert.Empty(quarantine.TakeDue(T0.AddSeconds(39)));
        Assert.Equal(["gone"], quarantine.TakeDue(T0.AddSeconds(40)));
        Assert.Equal(0, quarantine.Count);
    }

    private static Pod Pod(string name, string phase, int minutes, string? node = "n1") => new()
    {
        Metadata = new ObjectMeta { Name = name, Namespace = "ns", CreationTimestamp = T0.AddMinutes(minutes) },
        Spec = new PodSpec { NodeName = node },
        Status = new PodStatus { Phase = phase },
    };
}
