namespace Dotkube.Tests.Acceptance.Kubectl;

/// <summary>kubectl apply -f (client-side apply: create, then three-way strategic-merge patches).</summary>
[Collection(KubectlCollection.Name)]
public class KubectlApplyTests(ApiOnlyServerFixture server)
{
    [Fact]
    public async Task Apply_NewManifest_CreatesEveryObject()
    {
        await server.CreateNamespaceAsync("apply-new");

        var result = await server.Kubectl.RunAsync("apply", "-n", "apply-new", "-f", AcceptancePaths.Manifest("app.yaml"));

        Assert.Equal("deployment.apps/web created\nservice/web created\nconfigmap/web-config created\n", result.Ok());
    }

    [Fact]
    public async Task Apply_SameManifestAgain_PrintsUnchangedForEveryObject()
    {
        await server.ApplyAppAsync("apply-same");

        var result = await server.Kubectl.RunAsync("apply", "-n", "apply-same", "-f", AcceptancePaths.Manifest("app.yaml"));

        Assert.Equal("deployment.apps/web unchanged\nservice/web unchanged\nconfigmap/web-config unchanged\n", result.Ok());
    }

    [Fact]
    public async Task Apply_ModifiedCopy_LandsTheChangeByStrategicMergeAndLeavesTheRestUnchanged()
    {
        const string ns = "apply-modified";
        await server.ApplyAppAsync(ns);
        // A change made by someone else: an env var on the nginx container. apply's patch names
        // the container by its merge key (name), so the server must merge, not replace, the list.
        (await server.Kubectl.RunAsync("patch", "deployment", "web", "-n", ns, "-p",
            """{"spec":{"template":{"spec":{"containers":[{"name":"nginx","env":[{"name":"EXTRA","value":"kept"}]}]}}}}""")).Ok();

        var result = await server.Kubectl.RunAsync("apply", "-n", ns, "-f", AcceptancePaths.Manifest("app-modified.yaml"));

        Assert.Equal("deployment.apps/web configured\nservice/web unchanged\nconfigmap/web-config unchanged\n", result.Ok());
        var deployment = await server.JsonPathAsync(ns, "deployment/web",
            "{.spec.replicas} {.spec.template.spec.containers[*].name} {.spec.template.spec.containers[0].image} " +
            "{.spec.template.spec.containers[0].env[0].value} {.spec.template.spec.containers[0].ports[0].containerPort}");
        Assert.Equal("3 nginx nginx:1.28 kept 80", deployment);
    }
}
