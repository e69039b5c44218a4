namespace Dotkube.Tests.Acceptance.Kubectl;

/// <summary>kubectl get in its output formats, across namespaces, and as a watch.</summary>
[Collection(KubectlCollection.Name)]
public class KubectlGetTests(ApiOnlyServerFixture server)
{
    [Fact]
    public async Task GetWide_DeploymentServiceConfigMap_PrintsUpstreamColumnsPerKind()
    {
        await server.ApplyAppAsync("get-wide");

        var result = await server.Kubectl.RunAsync("get", "deployments,services,configmaps", "-l", "app=web", "-o", "wide", "-n", "get-wide");

        Golden.AssertTable("get-wide.txt", result);
    }

    [Fact]
    public async Task GetYaml_AppliedConfigMap_PrintsTheObjectWithoutManagedFields()
    {
        await server.ApplyAppAsync("get-yaml");

        var result = await server.Kubectl.RunAsync("get", "configmap", "web-config", "-o", "yaml", "-n", "get-yaml");

        Golden.AssertText("get-configmap.yaml", result);
    }

    [Fact]
    public async Task GetJson_AppliedService_PrintsDefaultedSpecWithAllocatedClusterIp()
    {
        await server.ApplyAppAsync("get-json");

        var result = await server.Kubectl.RunAsync("get", "service", "web", "-o", "json", "-n", "get-json");

        Golden.AssertText("get-service.json", result);
    }

    [Fact]
    public async Task GetJsonpath_Deployment_PrintsSelectedAndDefaultedFields()
    {
        await server.ApplyAppAsync("get-jsonpath");

        var result = await server.Kubectl.RunAsync("get", "deployment", "web", "-n", "get-jsonpath", "-o",
            """jsonpath={.metadata.name} {.spec.replicas} {.spec.template.spec.containers[*].image} {.spec.strategy.type} {.spec.strategy.rollingUpdate.maxSurge}{"\n"}""");

        Assert.Equal("web 2 nginx:1.27 RollingUpdate 25%\n", result.Ok());
    }

    [Fact]
    public async Task GetCustomColumns_Service_PrintsTheRequestedColumns()
    {
        await server.ApplyAppAsync("get-columns");

        var result = await server.Kubectl.RunAsync("get", "services", "-l", "app=web", "-n", "get-columns", "-o",
            "custom-columns=NAME:.metadata.name,TYPE:.spec.type,CLUSTER-IP:.spec.clusterIP,FAMILIES:.spec.ipFamilies[*],POLICY:.spec.ipFamilyPolicy,PORTS:.spec.ports[*].port");

        Golden.AssertTable("get-custom-columns.txt", result);
    }

    [Fact]
    public async Task GetAllNamespaces_TwoNamespaces_PrefixesANamespaceColumn()
    {
        await server.ApplyAppAsync("all-ns-a");
        await server.ApplyAppAsync("all-ns-b");

        // The label selector keeps out what controllers create upstream (kube-root-ca.crt and the like).
        var result = await server.Kubectl.RunAsync("get", "deployments,configmaps", "-A", "-l", "app=web");

        // Other tests' namespaces hold the same app: keep the headers and this test's rows.
        var mine = string.Join('\n', result.Ok().Split('\n').Where(l =>
            l.Length == 0 || l.StartsWith("NAMESPACE ", StringComparison.Ordinal) || l.StartsWith("all-ns-", StringComparison.Ordinal)));
        Golden.AssertTable("get-all-namespaces.txt", result with { Stdout = mine });
    }

    [Fact]
    public async Task GetWatch_ConfigMapPatched_StreamsAnAddedThenAModifiedLine()
    {
        const string ns = "get-watch";
        await server.CreateNamespaceAsync(ns);
        await server.ApplyAsync(ns, """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"watched"},"data":{"a":"1"}}""");
        var timeout = TimeSpan.FromSeconds(15);

        await using var watch = server.Kubectl.Start("get", "configmap", "watched", "-n", ns, "--watch", "--output-watch-events");
        // The ADDED line comes from the initial list; the watch then resumes from that list's
        // resourceVersion, so the patch below cannot be missed however fast it follows.
        await watch.WaitForLineAsync(l => l.StartsWith("ADDED", StringComparison.Ordinal), "the ADDED line", timeout);
        (await server.Kubectl.RunAsync("patch", "configmap", "watched", "-n", ns, "-p", """{"data":{"b":"2"}}""")).Ok();
        await watch.WaitForLineAsync(l => l.StartsWith("MODIFIED", StringComparison.Ordinal), "the MODIFIED line", timeout);

        var rows = watch.Lines.Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal(["EVENT", "NAME", "DATA", "AGE"], rows[0]);
        Assert.Equal([["ADDED", "watched", "1"], ["MODIFIED", "watched", "2"]], rows.Skip(1).Select(r => r.Take(3).ToArray()));
    }
}
