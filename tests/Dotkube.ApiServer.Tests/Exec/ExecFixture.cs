using Dotkube.ApiServer.Tests.Server;

namespace Dotkube.ApiServer.Tests.Exec;

/// <summary>
/// An API server with one node whose kubelet is a <see cref="StandInKubelet"/> (the Node
/// advertises 127.0.0.1 and its port), plus the real kubectl against the admin kubeconfig.
/// </summary>
public sealed class ExecFixture : IAsyncLifetime
{
    public const string NodeName = "exec-node";
    public const string KubectlPath = "/usr/bin/kubectl";

    private readonly string _home = Directory.CreateTempSubdirectory("dk-exec-").FullName;
    private StandInKubelet? _kubelet;

    public ApiServerFixture Api { get; } = new();

    public StandInKubelet Kubelet => _kubelet ?? throw new InvalidOperationException("the fixture has not started");

    public async Task InitializeAsync()
    {
        await Api.InitializeAsync();
        _kubelet = await StandInKubelet.StartAsync(Api.Server.Pki);
        var created = await Api.PostAsync("/api/v1/nodes", $$$"""{"apiVersion":"v1","kind":"Node","metadata":{"name":"{{{NodeName}}}"}}""");
        Assert.Equal(201, created.Code);
        var status = """{"status":{"addresses":[{"type":"InternalIP","address":"127.0.0.1"}],"daemonEndpoints":{"kubeletEndpoint":{"Port":PORT}}}}""";
        var patched = await Api.PatchAsync($"/api/v1/nodes/{NodeName}/status", status.Replace("PORT", $"{_kubelet.Port}", StringComparison.Ordinal),
            "application/merge-patch+json");
        Assert.Equal(200, patched.Code);
    }

    public async Task DisposeAsync()
    {
        if (_kubelet is not null)
            await _kubelet.DisposeAsync();
        await Api.DisposeAsync();
        Directory.Delete(_home, recursive: true);
    }

    /// <summary>Creates a pod in default with these containers, on <paramref name="node"/> (null: not scheduled).</summary>
    public async Task<string> CreatePodAsync(string[] containers, string? node = NodeName, string? name = null)
    {
        name ??= "exec-" + Guid.NewGuid().ToString("N")[..8];
        var spec = string.Join(",", containers.Select(c => $$"""{"name":"{{c}}","image":"busybox"}"""));
        var nodeName = node is null ? "" : $$""","nodeName":"{{node}}" """;
        var created = await Api.PostAsync("/api/v1/namespaces/default/pods",
            $$$"""{"apiVersion":"v1","kind":"Pod","metadata":{"name":"{{{name}}}"},"spec":{"containers":[{{{spec}}}]{{{nodeName}}} }}""");
        Assert.True(created.Code == 201, created.ToString());
        return name;
    }

    /// <summary>Runs kubectl to its end, <paramref name="stdin"/> written and closed first (null: closed at once).</summary>
    public Task<(int Code, string Stdout, string Stderr)> KubectlAsync(string? stdin, params string[] arguments) =>
        ToolRun.RunAsync(KubectlPath, ["--kubeconfig", Api.KubeconfigPath, "--cache-dir", Path.Combine(_home, "cache"), .. arguments], stdin,
            new Dictionary<string, string> { ["HOME"] = _home });
}
