using System.Text.Json.Nodes;

namespace Dotkube.Tests.Acceptance;

/// <summary>
/// The official JavaScript client (@kubernetes/client-node, pinned in javascript/package.json and
/// installed by ./test.sh with npm ci) against the dotkube binary.
/// </summary>
public class JavaScriptClientTests(BinaryServerFixture server) : IClassFixture<BinaryServerFixture>
{
    /// <summary>
    /// As in the issue: 30 s watches. The server ends the informer's first watch after 30 s and the
    /// informer watches again; with the informer's other steps the test takes about 32 s, in
    /// parallel with the kubectl and Python tests.
    /// </summary>
    private const int WatchTimeoutSeconds = 30;

    [Fact]
    public async Task Informer_WatchTimesOut_ReconnectsFromLastResourceVersionWithoutReplayingAdded()
    {
        await RequireNodeAsync();
        var dir = AcceptancePaths.JavaScriptDir;
        Assert.True(Directory.Exists(Path.Combine(dir, "node_modules", "@kubernetes", "client-node")),
            $"@kubernetes/client-node is not installed in {dir}: ./test.sh runs npm ci there (or run it by hand)");
        await server.CreateNamespaceAsync("js-informer");
        // As on any cluster, the controller manager adds the kube-root-ca.crt ConfigMap to a new
        // namespace; wait for it so it is part of the informer's first list, not a racing event.
        await WaitForRootCaAsync("js-informer");

        var run = await ToolProcess.RunAsync("node", ["informer-reconnect.mjs", server.KubeconfigPath, "js-informer", WatchTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            new ToolOptions { WorkingDirectory = dir, Timeout = TimeSpan.FromSeconds(WatchTimeoutSeconds + 45) });

        var result = JsonNode.Parse(run.Ok())!;
        var watches = result["watches"]!.AsArray();
        var context = $"\n{run.Stdout}";
        Assert.True(watches.Count == 2, $"expected exactly one reconnect (two watches):{context}");
        Assert.True((int?)result["lists"] == 1, $"the informer listed again instead of resuming its watch:{context}");
        Assert.All(watches, w => Assert.EndsWith($"?timeoutSeconds={WatchTimeoutSeconds}", (string?)w!["path"]));

        // The reconnect resumes from the last resourceVersion the first watch delivered.
        var first = watches[0]!["events"]!.AsArray();
        Assert.Equal((string?)first[^1]!["resourceVersion"], (string?)watches[1]!["query"]!["resourceVersion"]);
        Assert.True((bool?)watches[0]!["ended"] == true && watches[0]!["error"] is null, $"the first watch should end cleanly at its timeout:{context}");

        // Each object is ADDED once across the reconnect: from the list or from a watch, never replayed.
        var addedOnWatches = watches.SelectMany(w => w!["events"]!.AsArray()).Where(e => (string?)e!["type"] == "ADDED").Select(e => (string)e!["name"]!).ToList();
        Assert.Equal(["during-1", "after-1"], addedOnWatches);
        var adds = result["callbacks"]!.AsArray().Where(c => (string?)c!["verb"] == "add").Select(c => (string)c!["name"]!);
        Assert.Equal(["before-1", "before-2", "kube-root-ca.crt", "during-1", "after-1"], adds);

        // The change made after the reconnect is seen, on the second watch and by the informer.
        Assert.Equal(["ADDED after-1", "MODIFIED before-1"], watches[1]!["events"]!.AsArray().Select(e => $"{e!["type"]} {e["name"]}"));
        Assert.Contains(result["callbacks"]!.AsArray(), c => (string?)c!["verb"] == "update" && (string?)c["name"] == "before-1");
        Assert.True(result["errors"]!.AsArray().Count == 0, $"the informer reported errors:{context}");
    }

    private async Task WaitForRootCaAsync(string ns)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!(await server.Kubectl.RunAsync("get", "configmap", "kube-root-ca.crt", "-n", ns)).Succeeded)
        {
            Assert.True(DateTime.UtcNow < deadline, $"no kube-root-ca.crt ConfigMap in {ns} after 30 s");
            await Task.Delay(100);
        }
    }

    private static async Task RequireNodeAsync()
    {
        try
        {
            (await ToolProcess.RunAsync("node", ["--version"])).Ok();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"node is not on PATH ({e.Message}): ./test.sh installs the Debian packages nodejs and npm");
        }
    }
}
