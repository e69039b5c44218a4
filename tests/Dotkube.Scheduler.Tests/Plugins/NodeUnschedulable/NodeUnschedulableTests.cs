using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;
using static Dotkube.Scheduler.Tests.Plugins.Support.NodeBuilders;
using Plugin = Dotkube.Scheduler.Plugins.NodeUnschedulable.NodeUnschedulable;

namespace Dotkube.Scheduler.Tests.Plugins.NodeUnschedulable;

public sealed class NodeUnschedulableTests
{
    public static TheoryData<string, bool?, Toleration[], Code> Cases => new()
    {
        { "A schedulable node takes any pod", false, [], Code.Success },
        { "A node without the field takes any pod", null, [], Code.Success },
        { "A cordoned node rejects a pod without tolerations", true, [], Code.UnschedulableAndUnresolvable },
        {
            "A cordoned node takes a pod tolerating the unschedulable taint", true,
            [new Toleration { Key = "node.kubernetes.io/unschedulable", Operator = "Exists", Effect = "NoSchedule" }], Code.Success
        },
        { "A cordoned node takes a pod tolerating everything", true, [new Toleration { Operator = "Exists" }], Code.Success },
        {
            "A toleration for another effect does not help", true,
            [new Toleration { Key = "node.kubernetes.io/unschedulable", Operator = "Exists", Effect = "NoExecute" }],
            Code.UnschedulableAndUnresolvable
        },
        {
            "A toleration for another key does not help", true, [new Toleration { Key = "other", Operator = "Exists" }],
            Code.UnschedulableAndUnresolvable
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Cordoned_nodes_take_only_pods_that_tolerate_it(string name, bool? unschedulable, Toleration[] tolerations, Code expected)
    {
        var node = MakeNode("n");
        node.Spec.Unschedulable = unschedulable;

        var status = new Plugin().Filter(new CycleState(), MakePod().WithTolerations(tolerations), node.Info());

        Assert.True(expected == status.Code, name);
        if (expected != Code.Success)
            Assert.Equal(["node(s) were unschedulable"], status.Reasons);
    }
}
