namespace Dotkube.Tests.Acceptance.Kubectl;

/// <summary>kubectl delete (waiting, cascading by orphan) and kubectl wait --for=delete.</summary>
[Collection(KubectlCollection.Name)]
public class KubectlDeleteTests(ApiOnlyServerFixture server)
{
    private const string Hold = "acceptance.dotkube.io/hold";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Delete_ManifestObjects_DeletesEachAndReturns()
    {
        await server.ApplyAppAsync("delete");

        var result = await server.Kubectl.RunAsync("delete", "-n", "delete", "-f", AcceptancePaths.Manifest("app.yaml"));
        var after = await server.Kubectl.RunAsync("get", "deployments,services,configmaps", "-l", "app=web", "-n", "delete");

        Assert.Equal("deployment.apps \"web\" deleted\nservice \"web\" deleted\nconfigmap \"web-config\" deleted\n", result.Ok());
        Assert.Equal("", after.Ok());
        Assert.Equal("No resources found in delete namespace.\n", after.Stderr);
    }

    [Fact]
    public async Task Delete_ObjectWithFinalizer_WaitsUntilTheObjectIsGone()
    {
        const string ns = "delete-wait";
        await server.CreateNamespaceAsync(ns);
        await HeldConfigMapAsync(ns, "held");

        await using var delete = server.Kubectl.Start("delete", "configmap", "held", "-n", ns);
        await delete.WaitForLineAsync(l => l == "configmap \"held\" deleted", "the deleted line", Timeout);
        // kubectl's default --wait=true: it keeps waiting while the finalizer holds the object.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(delete.HasExited, $"kubectl delete returned while the object still existed:\n{string.Join('\n', delete.Lines)}");
        await ReleaseAsync(ns, "held");

        var result = await delete.WaitForExitAsync(Timeout);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task DeleteCascadeOrphan_Deployment_LeavesItTerminatingWithTheOrphanFinalizer()
    {
        await server.ApplyAppAsync("delete-orphan");

        // Upstream records the "orphan" finalizer and leaves its removal to the garbage collector,
        // which dotkube does not have yet; kubectl's default wait would block until the GC runs,
        // so the step uses --wait=false and checks what the API server itself must do.
        var result = await server.Kubectl.RunAsync("delete", "deployment", "web", "--cascade=orphan", "--wait=false", "-n", "delete-orphan");

        Assert.Equal("deployment.apps \"web\" deleted\n", result.Ok());
        var state = await server.JsonPathAsync("delete-orphan", "deployment/web", "{.metadata.deletionTimestamp}|{.metadata.finalizers}");
        Assert.Matches("""^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\|\["orphan"\]$""", state);
    }

    [Fact]
    public async Task WaitForDelete_TerminatingObject_ReturnsOnceItIsGone()
    {
        const string ns = "wait-delete";
        await server.CreateNamespaceAsync(ns);
        await HeldConfigMapAsync(ns, "doomed");
        (await server.Kubectl.RunAsync("delete", "configmap", "doomed", "--wait=false", "-n", ns)).Ok();

        await using var wait = server.Kubectl.Start("wait", "--for=delete", "configmap/doomed", "--timeout=30s", "-n", ns);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(wait.HasExited, $"kubectl wait returned while the object still existed:\n{string.Join('\n', wait.Lines)}");
        await ReleaseAsync(ns, "doomed");

        var result = await wait.WaitForExitAsync(Timeout);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("configmap/doomed condition met\n", result.Stdout);
    }

    /// <summary>A ConfigMap whose deletion waits for a finalizer the test removes when it chooses.</summary>
    private Task HeldConfigMapAsync(string ns, string name) =>
        server.ApplyAsync(ns, $$$"""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"{{{name}}}","finalizers":["{{{Hold}}}"]}}""");

    private async Task ReleaseAsync(string ns, string name) =>
        (await server.Kubectl.RunAsync("patch", "configmap", name, "-n", ns, "--type=json", "-p", """[{"op":"remove","path":"/metadata/finalizers"}]""")).Ok();
}
