namespace Dotkube.ApiServer.Tests.Server;

/// <summary>namespaces/{name}/finalize, and how it ends a namespace deletion, as upstream's FinalizeREST.</summary>
public sealed class NamespaceFinalizeTests(ApiServerFixture server) : IClassFixture<ApiServerFixture>
{
    private async Task<string> NewNamespaceAsync(string extra = "")
    {
        var name = "t-" + Guid.NewGuid().ToString("N")[..10];
        var created = await server.PostAsync("/api/v1/namespaces",
            $$$"""{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"{{{name}}}"{{{extra}}}}}""");
        Assert.Equal(201, created.Code);
        return name;
    }

    private static string Finalize(string name, string finalizers, string labels = "{}") =>
        $$$"""{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"{{{name}}}","labels":{{{labels}}}},"spec":{"finalizers":{{{finalizers}}}}}""";

    [Fact]
    public async Task A_new_namespace_carries_the_kubernetes_finalizer()
    {
        var ns = await NewNamespaceAsync();
        var got = await server.GetAsync($"/api/v1/namespaces/{ns}");
        Assert.Equal("kubernetes", got.Json["spec"]!["finalizers"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Finalize_replaces_only_spec_finalizers()
    {
        var ns = await NewNamespaceAsync();
        var answer = await server.PutAsync($"/api/v1/namespaces/{ns}/finalize", Finalize(ns, """["example.com/cleanup"]""", """{"ignored":"yes"}"""));
        Assert.Equal(200, answer.Code);
        Assert.Equal("example.com/cleanup", answer.Json["spec"]!["finalizers"]![0]!.GetValue<string>());

        var stored = (await server.GetAsync($"/api/v1/namespaces/{ns}")).Json;
        Assert.Equal("example.com/cleanup", stored["spec"]!["finalizers"]![0]!.GetValue<string>());
        Assert.Null(stored["metadata"]!["labels"]!["ignored"]);
        Assert.Equal("Active", stored["status"]!["phase"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_ordinary_update_cannot_change_spec_finalizers()
    {
        var ns = await NewNamespaceAsync();
        var answer = await server.PutAsync($"/api/v1/namespaces/{ns}", Finalize(ns, "[]"));
        Assert.Equal(200, answer.Code);
        Assert.Equal("kubernetes", answer.Json["spec"]!["finalizers"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Deleting_a_namespace_marks_it_terminating_until_it_is_finalized()
    {
        var ns = await NewNamespaceAsync();
        Assert.Equal(200, (await server.DeleteAsync($"/api/v1/namespaces/{ns}")).Code);
        var terminating = (await server.GetAsync($"/api/v1/namespaces/{ns}")).Json;
        Assert.Equal("Terminating", terminating["status"]!["phase"]!.GetValue<string>());
        Assert.NotNull(terminating["metadata"]!["deletionTimestamp"]);

        var finalized = await server.PutAsync($"/api/v1/namespaces/{ns}/finalize", Finalize(ns, "[]"));
        Assert.Equal(200, finalized.Code);
        Assert.Equal(404, (await server.GetAsync($"/api/v1/namespaces/{ns}")).Code);
    }

    [Fact]
    public async Task A_finalized_namespace_waits_for_its_metadata_finalizers()
    {
        var ns = await NewNamespaceAsync(""","finalizers":["example.com/hold"]""");
        Assert.Equal(200, (await server.DeleteAsync($"/api/v1/namespaces/{ns}")).Code);
        Assert.Equal(200, (await server.PutAsync($"/api/v1/namespaces/{ns}/finalize", Finalize(ns, "[]"))).Code);
        Assert.Equal(200, (await server.GetAsync($"/api/v1/namespaces/{ns}")).Code);

        var released = await server.PatchAsync($"/api/v1/namespaces/{ns}", """{"metadata":{"finalizers":null}}""", "application/merge-patch+json");
        Assert.Equal(200, released.Code);
        Assert.Equal(404, (await server.GetAsync($"/api/v1/namespaces/{ns}")).Code);
    }

    [Fact]
    public async Task Removing_metadata_finalizers_keeps_a_namespace_that_still_has_spec_finalizers()
    {
        var ns = await NewNamespaceAsync(""","finalizers":["example.com/hold"]""");
        Assert.Equal(200, (await server.DeleteAsync($"/api/v1/namespaces/{ns}")).Code);
        var released = await server.PatchAsync($"/api/v1/namespaces/{ns}", """{"metadata":{"finalizers":null}}""", "application/merge-patch+json");
        Assert.Equal(200, released.Code);
        var stored = await server.GetAsync($"/api/v1/namespaces/{ns}");
        Assert.Equal(200, stored.Code);
        Assert.Equal("kubernetes", stored.Json["spec"]!["finalizers"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Finalize_with_a_stale_resource_version_is_a_conflict()
    {
        var ns = await NewNamespaceAsync();
        var body = $$$"""{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"{{{ns}}}","resourceVersion":"1"},"spec":{"finalizers":[]}}""";
        var answer = await server.PutAsync($"/api/v1/namespaces/{ns}/finalize", body);
        Assert.Equal(409, answer.Code);
        Assert.Equal("Conflict", answer.Reason);
    }

    [Theory]
    [InlineData("custom", "name is neither a standard finalizer name nor is it fully qualified")]
    [InlineData("bad name/x", "prefix part a lowercase RFC 1123 subdomain")]
    public async Task Finalize_refuses_invalid_finalizer_names(string finalizer, string detail)
    {
        var ns = await NewNamespaceAsync();
        var answer = await server.PutAsync($"/api/v1/namespaces/{ns}/finalize", Finalize(ns, $"[\"{finalizer}\"]"));
        Assert.Equal(422, answer.Code);
        Assert.Equal("spec.finalizers[0]", answer.Json["details"]!["causes"]![0]!["field"]!.GetValue<string>());
        Assert.Contains(detail, answer.Json["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Finalize_is_served_only_for_namespaces_and_only_as_put()
    {
        var ns = await NewNamespaceAsync();
        Assert.Equal(405, (await server.PostAsync($"/api/v1/namespaces/{ns}/finalize", Finalize(ns, "[]"))).Code);
        Assert.Equal(404, (await server.PutAsync($"/api/v1/namespaces/{ns}/configmaps/x/finalize", "{}")).Code);
    }
}
