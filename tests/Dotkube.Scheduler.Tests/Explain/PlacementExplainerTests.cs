using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Explain;
using Dotkube.Scheduler.Framework;
using Dotkube.Scheduler.Plugins.NodeResourcesFit;
using Dotkube.Scheduler.Plugins.TaintToleration;
using Dotkube.Scheduler.Plugins.VolumeBinding;
using Dotkube.Scheduler.Profiles;
using Dotkube.Scheduler.Tests.Plugins.AffinitySupport;
using static Dotkube.Scheduler.Tests.Plugins.Support.NodeBuilders;

namespace Dotkube.Scheduler.Tests.Explain;

public sealed class PlacementExplainerTests
{
    private static readonly Dictionary<string, PluginFactory> WithVolumeBinding = new(PluginRegistry.All)
    {
        [VolumeBinding.PluginName] = (_, handle) => new VolumeBinding(handle),
    };

    private static PlacementExplanation Explain(Pod pod, params NodeInfo[] nodes)
    {
        var handle = new FakeHandle(nodes);
        var profile = PlacementExplainer.BuildProfile(new SchedulerProfile(), handle, WithVolumeBinding);
        return PlacementExplainer.Explain(profile, pod, nodes);
    }

    private static Pod TwoCpuPod() => MakePod("web").WithContainer(("cpu", "2"));

    [Fact]
    public void Every_plugin_that_rejects_a_node_is_reported_not_only_the_first()
    {
        var tainted = MakeNode("small", cpu: "1").WithTaints(MakeTaint("dedicated", "db", "NoSchedule"));

        var explanation = Explain(TwoCpuPod(), tainted.Info());

        var node = Assert.Single(explanation.Nodes);
        Assert.False(node.Fits);
        Assert.Equal([TaintToleration.PluginName, NodeResourcesFit.PluginName], node.Rejections.Select(r => r.Plugin));
        Assert.Contains("Insufficient cpu", node.Rejections.Last().Status.Reasons);
        Assert.Empty(node.Scores);
    }

    [Fact]
    public void Feasible_nodes_come_first_by_total_score_with_weighted_plugin_scores_highest_first()
    {
        var busy = MakeNode("busy", cpu: "4").Info(MakePod("other").WithContainer(("cpu", "1")));
        var idle = MakeNode("idle", cpu: "4").Info();
        var full = MakeNode("full", cpu: "1").Info();

        var explanation = Explain(TwoCpuPod(), busy, full, idle);

        Assert.Equal(["idle", "busy", "full"], explanation.Nodes.Select(n => n.Node));
        var best = explanation.Nodes[0];
        Assert.True(best.Fits);
        Assert.True(best.TotalScore > explanation.Nodes[1].TotalScore);
        Assert.Equal(best.Scores.Sum(s => s.Score * s.Weight), best.TotalScore);
        Assert.Equal(best.Scores.OrderByDescending(s => s.Weighted).Select(s => s.Weighted), best.Scores.Select(s => s.Weighted));
        Assert.Equal(3, best.Scores.Single(s => s.Plugin == TaintToleration.PluginName).Weight);
        Assert.Null(explanation.ScoreError);
    }

    [Fact]
    public void The_summary_counts_each_nodes_first_rejection_as_the_scheduler_reports_it()
    {
        var tainted = MakeNode("tainted", cpu: "1").WithTaints(MakeTaint("dedicated", "db", "NoSchedule")).Info();
        var small = MakeNode("small", cpu: "1").Info();
        var idle = MakeNode("idle", cpu: "4").Info();

        var explanation = Explain(TwoCpuPod(), tainted, small, idle);

        var taint = explanation.Nodes.Single(n => n.Node == "tainted").Rejections.First().Status.Message;
        Assert.Equal($"1/3 nodes are available: 1 Insufficient cpu, 1 {taint}.", explanation.Summary);
    }

    [Fact]
    public void No_feasible_node_gives_upstreams_zero_message()
    {
        var explanation = Explain(TwoCpuPod(), MakeNode("a", cpu: "1").Info(), MakeNode("b", cpu: "1").Info());

        Assert.Equal("0/2 nodes are available: 2 Insufficient cpu.", explanation.Summary);
    }

    [Fact]
    public void A_prefilter_rejection_is_the_verdict_for_every_node()
    {
        var pod = TwoCpuPod();
        pod.Spec.Volumes = [new Volume { Name = "data", PersistentVolumeClaim = new PersistentVolumeClaimVolumeSource { ClaimName = "data" } }];

        var explanation = Explain(pod, MakeNode("a").Info(), MakeNode("b").Info());

        Assert.All(explanation.Nodes, n =>
        {
            var verdict = Assert.Single(n.Verdicts);
            Assert.Equal((VolumeBinding.PluginName, PlacementExplainer.PreFilterStage), (verdict.Plugin, verdict.Stage));
        });
        Assert.Equal("0/2 nodes are available: persistentvolumeclaim \"data\" not found.", explanation.Summary);
    }

    [Fact]
    public void Without_nodes_the_summary_is_upstreams_no_nodes_message() =>
        Assert.Equal("no nodes available to schedule pods", Explain(TwoCpuPod()).Summary);

    [Fact]
    public void The_table_lists_each_rejection_and_the_feasible_nodes_score_breakdown()
    {
        var tainted = MakeNode("small", cpu: "1").WithTaints(MakeTaint("dedicated", "db", "NoSchedule")).Info();

        var table = ExplanationWriter.Table(Explain(TwoCpuPod(), tainted, MakeNode("idle").Info()));

        var lines = table.Split('\n');
        Assert.Matches(@"^NODE\s+VERDICT\s+SCORE\s+BREAKDOWN$", lines[0]);
        Assert.Matches(@"^idle\s+fits\s+\d+\s+TaintToleration 300 \(100x3\), ", lines[1]);
        Assert.Matches(@"^small\s+rejected by TaintToleration: ", lines[2]);
        Assert.Matches(@"^\s+rejected by NodeResourcesFit: Insufficient cpu$", lines[3]);
        Assert.Contains("1/2 nodes are available: 1 ", table, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_output_carries_verdicts_and_scores()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(ExplanationWriter.Json(Explain(TwoCpuPod(), MakeNode("idle").Info())))!;

        Assert.Equal("default-scheduler", (string?)json["profile"]);
        Assert.True((bool)json["nodes"]![0]!["fits"]!);
        Assert.NotEmpty(json["nodes"]![0]!["scores"]!.AsArray());
    }
}
