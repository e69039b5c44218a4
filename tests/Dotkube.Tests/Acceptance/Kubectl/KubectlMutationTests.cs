namespace Dotkube.Tests.Acceptance.Kubectl;

/// <summary>kubectl label, annotate, patch (all three types), scale and edit on the applied Deployment.</summary>
[Collection(KubectlCollection.Name)]
public class KubectlMutationTests(ApiOnlyServerFixture server)
{
    [Fact]
    public async Task Label_Deployment_ShowsInShowLabelsAndRefusesASilentOverwrite()
    {
        await server.ApplyAppAsync("label");

        var labeled = await server.Kubectl.RunAsync("label", "deployment", "web", "tier=frontend", "-n", "label");
        var overwrite = await server.Kubectl.RunAsync("label", "deployment", "web", "tier=backend", "-n", "label");

        Assert.Equal("deployment.apps/web labeled\n", labeled.Ok());
        Assert.Equal(1, overwrite.ExitCode);
        Assert.Equal("error: 'tier' already has a value (frontend), and --overwrite is false\n", overwrite.Stderr);
        Golden.AssertTable("get-show-labels.txt", await server.Kubectl.RunAsync("get", "deployment", "web", "--show-labels", "-n", "label"));
    }

    [Fact]
    public async Task Annotate_Deployment_AddsThenRemovesTheAnnotation()
    {
        await server.ApplyAppAsync("annotate");

        var added = await server.Kubectl.RunAsync("annotate", "deployment", "web", "owner=team-a", "-n", "annotate");
        var value = await server.JsonPathAsync("annotate", "deployment/web", "{.metadata.annotations.owner}");
        var removed = await server.Kubectl.RunAsync("annotate", "deployment", "web", "owner-", "-n", "annotate");

        Assert.Equal("deployment.apps/web annotated\n", added.Ok());
        Assert.Equal("team-a", value);
        Assert.Equal("deployment.apps/web annotated\n", removed.Ok());
        Assert.Equal("", await server.JsonPathAsync("annotate", "deployment/web", "{.metadata.annotations.owner}"));
    }

    [Fact]
    public async Task PatchStrategic_ContainerImage_MergesTheContainerByName()
    {
        await server.ApplyAppAsync("patch-strategic");

        var result = await server.Kubectl.RunAsync("patch", "deployment", "web", "-n", "patch-strategic", "-p",
            """{"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"nginx:1.29"}]}}}}""");

        Assert.Equal("deployment.apps/web patched\n", result.Ok());
        // A JSON merge patch would have replaced the list and lost the port.
        Assert.Equal("nginx nginx:1.29 80", await server.JsonPathAsync("patch-strategic", "deployment/web",
            "{.spec.template.spec.containers[*].name} {.spec.template.spec.containers[0].image} {.spec.template.spec.containers[0].ports[0].containerPort}"));
    }

    [Fact]
    public async Task PatchMerge_LabelAndField_SetsBothAndKeepsTheRest()
    {
        await server.ApplyAppAsync("patch-merge");

        var result = await server.Kubectl.RunAsync("patch", "deployment", "web", "-n", "patch-merge", "--type=merge", "-p",
            """{"metadata":{"labels":{"patched":"merge"}},"spec":{"minReadySeconds":5}}""");

        Assert.Equal("deployment.apps/web patched\n", result.Ok());
        Assert.Equal("web merge 5 2", await server.JsonPathAsync("patch-merge", "deployment/web",
            "{.metadata.labels.app} {.metadata.labels.patched} {.spec.minReadySeconds} {.spec.replicas}"));
    }

    [Fact]
    public async Task PatchJson_ReplaceReplicas_AppliesOnceThenReportsNoChange()
    {
        await server.ApplyAppAsync("patch-json");
        string[] patch = ["patch", "deployment", "web", "-n", "patch-json", "--type=json", "-p", """[{"op":"replace","path":"/spec/replicas","value":3}]"""];

        var first = await server.Kubectl.RunAsync(patch);
        var second = await server.Kubectl.RunAsync(patch);

        Assert.Equal("deployment.apps/web patched\n", first.Ok());
        Assert.Equal("3", await server.JsonPathAsync("patch-json", "deployment/web", "{.spec.replicas}"));
        // kubectl says "(no change)" when the server returns the object unchanged, as upstream does for a no-op patch.
        Assert.Equal("deployment.apps/web patched (no change)\n", second.Ok());
    }

    [Fact]
    public async Task Scale_Deployment_SetsReplicasThroughTheScaleSubresource()
    {
        await server.ApplyAppAsync("scale");

        var result = await server.Kubectl.RunAsync("scale", "deployment", "web", "--replicas=4", "-n", "scale");

        Assert.Equal("deployment.apps/web scaled\n", result.Ok());
        Assert.Equal("4", await server.JsonPathAsync("scale", "deployment/web", "{.spec.replicas}"));
    }

    [Fact]
    public async Task Edit_WithSedAsEditor_SavesTheEditedObject()
    {
        await server.ApplyAppAsync("edit");

        var result = await server.Kubectl.RunAsync(["edit", "deployment", "web", "-n", "edit"],
            new ToolOptions { Environment = new Dictionary<string, string> { ["KUBE_EDITOR"] = "sed -i s/nginx:1.27/nginx:1.30/" } });

        Assert.Equal("deployment.apps/web edited\n", result.Ok());
        Assert.Equal("nginx:1.30", await server.JsonPathAsync("edit", "deployment/web", "{.spec.template.spec.containers[0].image}"));
    }
}
