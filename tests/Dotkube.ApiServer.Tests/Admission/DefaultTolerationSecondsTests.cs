using Dotkube.Api.Core.V1;
using Dotkube.ApiServer.Admission;
using Dotkube.ApiServer.Tests.Server;

namespace Dotkube.ApiServer.Tests.Admission;

public sealed class DefaultTolerationSecondsTests(ApiServerFixture server) : IClassFixture<ApiServerFixture>
{
    private const string NotReady = "node.kubernetes.io/not-ready";
    private const string Unreachable = "node.kubernetes.io/unreachable";

    public static TheoryData<string, Toleration[], string[]> Cases => new()
    {
        { "no tolerations", [], [NotReady, Unreachable] },
        { "not-ready NoExecute", [new() { Key = NotReady, Operator = "Exists", Effect = "NoExecute", TolerationSeconds = 10 }], [Unreachable] },
        { "unreachable without effect", [new() { Key = Unreachable, Operator = "Exists" }], [NotReady] },
        { "every key, NoExecute", [new() { Operator = "Exists", Effect = "NoExecute" }], [] },
        { "every key and effect", [new() { Operator = "Exists" }], [] },
        { "not-ready NoSchedule only", [new() { Key = NotReady, Operator = "Exists", Effect = "NoSchedule" }], [NotReady, Unreachable] },
        { "another key", [new() { Key = "dedicated", Operator = "Equal", Value = "gpu", Effect = "NoExecute" }], [NotReady, Unreachable] },
        { "not-ready with Equal and a value", [new() { Key = NotReady, Operator = "Equal", Value = "x", Effect = "NoExecute" }], [Unreachable] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_default_toleration_is_added_only_for_a_taint_the_pod_does_not_already_tolerate(string name, Toleration[] existing, string[] added)
    {
        var pod = new Pod { Spec = new PodSpec { Tolerations = [.. existing] } };

        var changed = DefaultTolerationSeconds.Admit(pod, 300, 300);

        Assert.True(changed == added.Length > 0, name);
        var defaults = pod.Spec.Tolerations!.Skip(existing.Length).ToList();
        Assert.Equal(added, defaults.Select(t => t.Key));
        Assert.All(defaults, t =>
        {
            Assert.Equal("Exists", t.Operator);
            Assert.Equal("NoExecute", t.Effect);
            Assert.Equal(300, t.TolerationSeconds);
            Assert.Null(t.Value);
        });
    }

    [Fact]
    public void The_seconds_come_from_the_options()
    {
        var pod = new Pod();

        DefaultTolerationSeconds.Admit(pod, 30, 60);

        Assert.Equal([30L, 60L], pod.Spec.Tolerations!.Select(t => t.TolerationSeconds!.Value));
    }

    [Fact]
    public async Task A_created_pod_gets_both_default_tolerations_after_its_own()
    {
        var ns = await NewNamespaceAsync();
        var created = await server.PostAsync($"/api/v1/namespaces/{ns}/pods", Pod("p",
            """[{"key":"dedicated","operator":"Equal","value":"gpu","effect":"NoSchedule"}]"""));

        Assert.Equal(201, created.Code);
        var tolerations = created.Json["spec"]!["tolerations"]!.AsArray();
        Assert.Equal(3, tolerations.Count);
        Assert.Equal(
            """{"key":"node.kubernetes.io/not-ready","operator":"Exists","effect":"NoExecute","tolerationSeconds":300}""",
            tolerations[1]!.ToJsonString());
        Assert.Equal(
            """{"key":"node.kubernetes.io/unreachable","operator":"Exists","effect":"NoExecute","tolerationSeconds":300}""",
            tolerations[2]!.ToJsonString());
    }

    [Fact]
    public async Task A_pod_that_tolerates_every_NoExecute_taint_is_left_alone()
    {
        var ns = await NewNamespaceAsync();
        var created = await server.PostAsync($"/api/v1/namespaces/{ns}/pods", Pod("p", """[{"operator":"Exists","effect":"NoExecute"}]"""));

        Assert.Equal(201, created.Code);
        Assert.Single(created.Json["spec"]!["tolerations"]!.AsArray());
    }

    [Fact]
    public async Task An_update_that_drops_the_defaults_gets_them_back_and_a_status_update_is_not_admitted()
    {
        var ns = await NewNamespaceAsync();
        var created = await server.PostAsync($"/api/v1/namespaces/{ns}/pods", Pod("p", "[]"));
        var body = created.Json;
        body["spec"]!.AsObject().Remove("tolerations");

        var updated = await server.PutAsync($"/api/v1/namespaces/{ns}/pods/p", body.ToJsonString());

        Assert.Equal(200, updated.Code);
        Assert.Equal([NotReady, Unreachable], updated.Json["spec"]!["tolerations"]!.AsArray().Select(t => t!["key"]!.GetValue<string>()));
        var status = await server.PatchAsync($"/api/v1/namespaces/{ns}/pods/p/status", """{"status":{"phase":"Running"}}""",
            "application/merge-patch+json");
        Assert.Equal(200, status.Code);
        Assert.Equal(2, status.Json["spec"]!["tolerations"]!.AsArray().Count);
    }

    private static string Pod(string name, string tolerations) =>
        $$$"""
        {"apiVersion":"v1","kind":"Pod","metadata":{"name":"{{{name}}}"},
         "spec":{"tolerations":{{{tolerations}}},"containers":[{"name":"c","image":"busybox"}]}}
        """;

    private async Task<string> NewNamespaceAsync()
    {
        var name = "a-" + Guid.NewGuid().ToString("N")[..10];
        Assert.Equal(201, (await server.PostAsync("/api/v1/namespaces", $$$"""{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"{{{name}}}"}}""")).Code);
        return name;
    }
}
