using Dotkube.ApiServer.Tests.Server;

namespace Dotkube.ApiServer.Tests.Admission;

/// <summary>Pods created with scheduling gates, as upstream's pod strategy and validation treat them.</summary>
public sealed class SchedulingGatedTests(ApiServerFixture server) : IClassFixture<ApiServerFixture>
{
    [Fact]
    public async Task A_gated_pod_is_created_with_PodScheduled_False_SchedulingGated()
    {
        var ns = await NewNamespaceAsync();

        var created = await server.PostAsync($"/api/v1/namespaces/{ns}/pods", Pod("p", """[{"name":"example.com/a"}]"""));

        Assert.Equal(201, created.Code);
        var condition = created.Json["status"]!["conditions"]!.AsArray().Single()!;
        Assert.Equal(("PodScheduled", "False", "SchedulingGated", "Scheduling is blocked due to non-empty scheduling gates"),
            ((string)condition["type"]!, (string)condition["status"]!, (string)condition["reason"]!, (string)condition["message"]!));
        Assert.NotNull(condition["lastTransitionTime"]);
    }

    [Fact]
    public async Task An_ungated_pod_has_no_condition_yet()
    {
        var ns = await NewNamespaceAsync();

        var created = await server.PostAsync($"/api/v1/namespaces/{ns}/pods", Pod("p", "[]"));

        Assert.Null(created.Json["status"]!["conditions"]);
    }

    [Fact]
    public async Task A_gated_pod_cannot_name_its_node_on_create()
    {
        var ns = await NewNamespaceAsync();

        var refused = await server.PostAsync($"/api/v1/namespaces/{ns}/pods", Pod("p", """[{"name":"a"}]""", "\"nodeName\":\"n1\","));

        Assert.Equal(422, refused.Code);
        Assert.Contains("spec.nodeName: Forbidden: cannot be set until all schedulingGates have been cleared", refused.Json["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Gates_can_be_removed_not_added_and_a_gated_pod_cannot_be_bound()
    {
        var ns = await NewNamespaceAsync();
        await server.PostAsync($"/api/v1/namespaces/{ns}/pods", Pod("p", """[{"name":"a"},{"name":"b"}]"""));

        var added = await server.PatchAsync($"/api/v1/namespaces/{ns}/pods/p", """[{"op":"add","path":"/spec/schedulingGates/-","value":{"name":"c"}}]""",
            "application/json-patch+json");
        var bind = await server.PostAsync($"/api/v1/namespaces/{ns}/pods/p/binding",
            """{"apiVersion":"v1","kind":"Binding","metadata":{"name":"p"},"target":{"kind":"Node","name":"n1"}}""");
        var removed = await server.PatchAsync($"/api/v1/namespaces/{ns}/pods/p", """[{"op":"remove","path":"/spec/schedulingGates/0"}]""",
            "application/json-patch+json");

        Assert.Equal(422, added.Code);
        Assert.Contains("only deletion is allowed, but found new scheduling gate 'c'", added.Json["message"]!.GetValue<string>());
        Assert.Equal(500, bind.Code);
        Assert.Contains("pod p has non-empty .spec.schedulingGates", bind.Json["message"]!.GetValue<string>());
        Assert.Equal(200, removed.Code);
        Assert.Equal("b", (string)removed.Json["spec"]!["schedulingGates"]![0]!["name"]!);
    }

    private static string Pod(string name, string gates, string extra = "") =>
        $$$"""
        {"apiVersion":"v1","kind":"Pod","metadata":{"name":"{{{name}}}"},
         "spec":{{{{extra}}}"schedulingGates":{{{gates}}},"containers":[{"name":"c","image":"busybox"}]}}
        """;

    private async Task<string> NewNamespaceAsync()
    {
        var name = "g-" + Guid.NewGuid().ToString("N")[..10];
        Assert.Equal(201, (await server.PostAsync("/api/v1/namespaces", $$$"""{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"{{{name}}}"}}""")).Code);
        return name;
    }
}
