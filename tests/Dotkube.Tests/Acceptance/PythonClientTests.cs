using System.Text.Json.Nodes;

namespace Dotkube.Tests.Acceptance;

/// <summary>
/// The official Python client (Debian's python3-kubernetes 22.6) against the dotkube binary. Each
/// script under python/ does one scenario and prints JSON; the assertions live here.
/// </summary>
public class PythonClientTests(BinaryServerFixture server) : IClassFixture<BinaryServerFixture>
{
    private const string Python = "/usr/bin/python3";

    [Fact]
    public async Task Watch_FromListResourceVersion_SeesExactlyAddedModifiedDeleted()
    {
        var result = await RunAsync("watch_from_resource_version.py", "py-watch");

        var events = result["events"]!.AsArray();
        Assert.True(events.Count == 3, $"expected ADDED, MODIFIED, DELETED; got {result.ToJsonString()}");
        Assert.Equal(["ADDED", "MODIFIED", "DELETED"], events.Select(e => (string?)e!["type"]));
        Assert.All(events, e => Assert.Equal("watched", (string?)e!["name"]));
        Assert.Equal((string?)result["createdResourceVersion"], (string?)events[0]!["resourceVersion"]);
        Assert.Equal((string?)result["patchedResourceVersion"], (string?)events[1]!["resourceVersion"]);
        Assert.Equal(["created", "patched", "patched"], events.Select(e => (string?)e!["step"]));
    }

    [Fact]
    public async Task StrategicMergePatch_ServicePorts_MergesByPort()
    {
        var result = await RunAsync("service_ports_strategic_merge.py", "py-smp");

        var ports = result["ports"]!.AsArray().Select(p => $"{p!["name"]} {p["port"]}/{p["protocol"]} -> {p["targetPort"]}").Order(StringComparer.Ordinal);
        Assert.Equal(["http 80/TCP -> 8080", "https 443/TCP -> 9443", "metrics 9090/TCP -> 9090"], ports);
    }

    [Fact]
    public async Task JsonPatch_ReplaceConfigMapData_SwapsTheWholeMap()
    {
        var result = await RunAsync("configmap_json_patch.py", "py-jsonpatch");

        Assert.Equal("""{"new":"3"}""", result["patched"]!.ToJsonString());
        Assert.Equal("""{"new":"3"}""", result["stored"]!.ToJsonString());
    }

    [Fact]
    public async Task DeleteCollection_LabelSelector_DeletesOnlyTheMatchingConfigMaps()
    {
        var result = await RunAsync("delete_collection.py", "py-deletecollection");

        Assert.Equal("ConfigMapList", (string?)result["deletedKind"]);
        Assert.Equal(["a-1", "a-2", "a-3"], result["deleted"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(["b-1"], result["remaining"]!.AsArray().Select(n => (string?)n));
    }

    private async Task<JsonNode> RunAsync(string script, string ns)
    {
        await RequirePythonClientAsync();
        await server.CreateNamespaceAsync(ns);
        var result = await ToolProcess.RunAsync(Python, [AcceptancePaths.PythonScript(script), server.KubeconfigPath, ns], new ToolOptions
        {
            WorkingDirectory = AcceptancePaths.OutputFile("python"),
            // No __pycache__ beside the scripts in the build output.
            Environment = new Dictionary<string, string> { ["PYTHONDONTWRITEBYTECODE"] = "1" },
        });
        return JsonNode.Parse(result.Ok())!;
    }

    private static async Task RequirePythonClientAsync()
    {
        Assert.True(File.Exists(Python), $"{Python} is missing: ./test.sh installs python3-kubernetes (which brings python3)");
        var probe = await ToolProcess.RunAsync(Python, ["-c", "import kubernetes; print(kubernetes.__version__)"]);
        Assert.True(probe.Succeeded, $"the Python Kubernetes client is not importable by {Python}: ./test.sh installs the Debian package python3-kubernetes\n{probe}");
    }
}
