using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;
using static Dotkube.Scheduler.Tests.Plugins.Support.NodeBuilders;
using Plugin = Dotkube.Scheduler.Plugins.TaintToleration.TaintToleration;

namespace Dotkube.Scheduler.Tests.Plugins.TaintToleration;

public sealed class TaintTolerationTests
{
    public static TheoryData<string, Taint[], Toleration[], Code> FilterCases => new()
    {
        { "A node without taints takes any pod", [], [], Code.Success },
        { "An untolerated NoSchedule taint rejects", [MakeTaint("dedicated", "gpu", "NoSchedule")], [], Code.UnschedulableAndUnresolvable },
        { "An untolerated NoExecute taint rejects", [MakeTaint("dedicated", "gpu", "NoExecute")], [], Code.UnschedulableAndUnresolvable },
        { "A PreferNoSchedule taint never rejects", [MakeTaint("dedicated", "gpu", "PreferNoSchedule")], [], Code.Success },
        {
            "An Equal toleration with the same value tolerates", [MakeTaint("dedicated", "gpu", "NoSchedule")],
            [new Toleration { Key = "dedicated", Operator = "Equal", Value = "gpu", Effect = "NoSchedule" }], Code.Success
        },
        {
            "An Equal toleration with another value does not", [MakeTaint("dedicated", "gpu", "NoSchedule")],
            [new Toleration { Key = "dedicated", Operator = "Equal", Value = "cpu", Effect = "NoSchedule" }], Code.UnschedulableAndUnresolvable
        },
        {
            "An Exists toleration with an empty key tolerates every taint",
            [MakeTaint("a", "1", "NoSchedule"), MakeTaint("b", null, "NoExecute")], [new Toleration { Operator = "Exists" }], Code.Success
        },
        {
            "A toleration without effect matches every effect", [MakeTaint("dedicated", "gpu", "NoExecute")],
            [new Toleration { Key = "dedicated", Operator = "Exists" }], Code.Success
        },
        {
            "Every hard taint must be tolerated", [MakeTaint("a", "1", "NoSchedule"), MakeTaint("b", "2", "NoSchedule")],
            [new Toleration { Key = "a", Operator = "Exists" }], Code.UnschedulableAndUnresolvable
        },
    };

    [Theory]
    [MemberData(nameof(FilterCases))]
    public void Hard_taints_must_be_tolerated(string name, Taint[] taints, Toleration[] tolerations, Code expected)
    {
        var status = new Plugin().Filter(new CycleState(), MakePod().WithTolerations(tolerations), MakeNode("n").WithTaints(taints).Info());

        Assert.True(expected == status.Code, name);
        if (expected != Code.Success)
            Assert.Equal(["node(s) had untolerated taint(s)"], status.Reasons);
    }

    [Fact]
    public void Nodes_with_fewer_untolerated_PreferNoSchedule_taints_score_higher()
    {
        var pod = MakePod().WithTolerations(new Toleration { Key = "tolerated", Operator = "Exists", Effect = "PreferNoSchedule" },
            new Toleration { Key = "hard-only", Operator = "Exists", Effect = "NoSchedule" });
        var clean = MakeNode("clean").Info();
        var tolerated = MakeNode("tolerated").WithTaints(MakeTaint("tolerated", "x", "PreferNoSchedule")).Info();
        var one = MakeNode("one").WithTaints(MakeTaint("a", "x", "PreferNoSchedule"), MakeTaint("hard-only", "x", "PreferNoSchedule")).Info();
        var two = MakeNode("two").WithTaints(MakeTaint("a", "x", "PreferNoSchedule"), MakeTaint("b", "x", "PreferNoSchedule"),
            MakeTaint("c", "x", "PreferNoSchedule"), MakeTaint("d", "x", "NoSchedule")).Info();
        var plugin = new Plugin();
        var state = new CycleState();
        plugin.PreScore(state, pod, [clean, tolerated, one, two]);

        var scores = ScoreAll(plugin, state, pod, clean, tolerated, one, two);

        // Raw counts 0, 0, 2, 3 (a NoSchedule toleration does not cover PreferNoSchedule); reversed against the max 3.
        Assert.Equal(new Dictionary<string, long> { ["clean"] = 100, ["tolerated"] = 100, ["one"] = 34, ["two"] = 0 }, scores);
    }

    [Fact]
    public void Without_any_soft_taints_every_node_scores_the_maximum()
    {
        var pod = MakePod();
        var plugin = new Plugin();
        var state = new CycleState();
        plugin.PreScore(state, pod, []);

        var scores = ScoreAll(plugin, state, pod, MakeNode("a").Info(), MakeNode("b").Info());

        Assert.All(scores.Values, s => Assert.Equal(100, s));
    }
}
