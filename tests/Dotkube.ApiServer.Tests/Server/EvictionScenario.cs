using System.Text.Json.Nodes;

namespace Dotkube.ApiServer.Tests.Server;

/// <summary>
/// Pods bound to a node (so deletion is graceful and the evicted pod stays visible) with a
/// status written through pods/status, and budgets whose status is written through
/// poddisruptionbudgets/status, as the kubelet and the disruption controller would.
/// </summary>
internal sealed class EvictionScenario(ApiServerFixture server)
{
    public async Task<string> NamespaceAsync()
    {
        var name = "ev-" + Guid.NewGuid().ToString("N")[..10];
        Assert.Equal(201, (await server.PostAsync("/api/v1/namespaces", $$$"""{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"{{{name}}}"}}""")).Code);
        return name;
    }

    /// <summary>A new namespace with a ready pod web-1 and one budget web-pdb selecting it, with the given status.</summary>
    public async Task<string> GuardedPodAsync(int allowed, int current, int desired, int observedGeneration = 1)
    {
        var ns = await NamespaceAsync();
        await PodAsync(ns, "web-1");
        await BudgetAsync(ns, "web-pdb", allowed, current, desired, observedGeneration: observedGeneration);
        return ns;
    }

    public async Task PodAsync(string ns, string name, string phase = "Running", bool ready = true)
    {
        var pod = $$$"""
            {"apiVersion":"v1","kind":"Pod","metadata":{"name":"{{{name}}}","labels":{"app":"web"}},
             "spec":{"nodeName":"node-1","containers":[{"name":"c","image":"busybox"}]}}
            """;
        Assert.Equal(201, (await server.PostAsync($"/api/v1/namespaces/{ns}/pods", pod)).Code);
        var status = $$$"""{"status":{"phase":"{{{phase}}}","conditions":[{"type":"Ready","status":"{{{(ready ? "True" : "False")}}}"}]}}""";
        Assert.Equal(200, (await server.PatchAsync($"/api/v1/namespaces/{ns}/pods/{name}/status", status, "application/merge-patch+json")).Code);
    }

    public async Task BudgetAsync(string ns, string name, int allowed, int current, int desired, string selector = """{"matchLabels":{"app":"web"}}""",
        string? policy = null, int observedGeneration = 1)
    {
        var policyField = policy is null ? "" : $$$""","unhealthyPodEvictionPolicy":"{{{policy}}}" """;
        var pdb = $$$"""
            {"apiVersion":"policy/v1","kind":"PodDisruptionBudget","metadata":{"name":"{{{name}}}"},
             "spec":{"minAvailable":{{{desired}}},"selector":{{{selector}}}{{{policyField}}}}}
            """;
        Assert.Equal(201, (await server.PostAsync($"/apis/policy/v1/namespaces/{ns}/poddisruptionbudgets", pdb)).Code);
        var status = $$$"""
            {"status":{"observedGeneration":{{{observedGeneration}}},"disruptionsAllowed":{{{allowed}}},"currentHealthy":{{{current}}},
             "desiredHealthy":{{{desired}}},"expectedPods":{{{current}}}}}
            """;
        var patched = await server.PatchAsync($"/apis/policy/v1/namespaces/{ns}/poddisruptionbudgets/{name}/status", status, "application/merge-patch+json");
        Assert.Equal(200, patched.Code);
    }

    public Task<ApiServerFixture.Response> EvictAsync(string ns, string pod, string query = "", string deleteOptions = "null") =>
        server.PostAsync($"/api/v1/namespaces/{ns}/pods/{pod}/eviction{query}",
            $$$"""{"apiVersion":"policy/v1","kind":"Eviction","metadata":{"name":"{{{pod}}}","namespace":"{{{ns}}}"},"deleteOptions":{{{deleteOptions}}}}""");

    public async Task<JsonNode> PodJsonAsync(string ns, string name) => (await server.GetAsync($"/api/v1/namespaces/{ns}/pods/{name}")).Json;

    public async Task<JsonNode> BudgetJsonAsync(string ns, string name) =>
        (await server.GetAsync($"/apis/policy/v1/namespaces/{ns}/poddisruptionbudgets/{name}")).Json;
}
