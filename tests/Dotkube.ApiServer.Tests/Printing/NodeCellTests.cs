using Dotkube.Api.Core.V1;
using Dotkube.ApiServer.Printing;

namespace Dotkube.ApiServer.Tests.Printing;

public sealed class NodeCellTests
{
    [Theory]
    [InlineData("status: {conditions: [{type: Ready, status: 'True'}]}", "Ready")]
    [InlineData("status: {conditions: [{type: Ready, status: 'False'}]}", "NotReady")]
    [InlineData("status: {conditions: [{type: Ready, status: Unknown}]}", "NotReady")]
    [InlineData("status: {conditions: [{type: DiskPressure, status: 'True'}]}", "Unknown")]
    [InlineData("spec: {unschedulable: true}\nstatus: {conditions: [{type: Ready, status: 'True'}]}", "Ready,SchedulingDisabled")]
    [InlineData("spec: {unschedulable: true}", "Unknown,SchedulingDisabled")]
    public void Status_Case_MatchesUpstream(string yaml, string expected) =>
        Assert.Equal(expected, Nodes.Status(Yaml.Decode<Node>("v1", "Node", yaml)));

    [Fact]
    public void Roles_FromBothLabelStyles_AreSortedAndUnique()
    {
        var node = Yaml.Decode<Node>("v1", "Node", "");
        node.Metadata.Labels = new()
        {
            ["node-role.kubernetes.io/worker"] = "",
            ["node-role.kubernetes.io/control-plane"] = "true",
            ["node-role.kubernetes.io/"] = "",
            ["kubernetes.io/role"] = "worker",
            ["kubernetes.io/hostname"] = "n1",
        };

        Assert.Equal(["control-plane", "worker"], Nodes.Roles(node));
    }
}
