using System.Net;
using System.Text.Json.Nodes;
using Dotkube.Api.Core.V1;
using Dotkube.ApiServer.Security;
using Dotkube.Client.Rest;
using Dotkube.Kubelet.Containerd;
using Dotkube.Kubelet.Cri;
using Dotkube.Kubelet.Server;
using Dotkube.Kubelet.Tests.Pods;
using Microsoft.Extensions.Logging;

namespace Dotkube.Kubelet.Tests.Server;

/// <summary>
/// A <see cref="PodNodeFixture"/> node plus its kubelet API on a free loopback port, with a serving
/// certificate from the cluster's server CA; the Node advertises 127.0.0.1 and that port, so the API
/// server's pods/log reaches it as it would a real node's kubelet.
/// </summary>
public sealed class KubeletApiFixture : IAsyncLifetime
{
    private readonly string _cache = Directory.CreateTempSubdirectory("dk-kubectl-").FullName;
    private readonly string _fifos = Directory.CreateTempSubdirectory("dk-exec-").FullName;
    private ContainerdTasksClient? _tasks;
    private KubeletServer? _server;

    public PodNodeFixture Node { get; } = new();

    public KubeletServer Server => _server ?? throw new InvalidOperationException("the fixture has not started");

    public Kubectl Kubectl => new(Node.Cluster.KubeconfigPath, _cache);

    /// <summary>The /stats/summary handler the server serves.</summary>
    public StatsHandler Stats { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Node.InitializeAsync();
        var pki = Node.Cluster.Server.Pki;
        var serving = pki.LoadOrIssueServingCertificate("serving-kubelet-test", PodNodeFixture.NodeName,
            new ServingNames(["localhost"], [IPAddress.Loopback]));
        Stats = new StatsHandler(Node.Runtime, PodNodeFixture.NodeName, Node.KubeletRoot, TimeProvider.System);
        _tasks = new ContainerdTasksClient(new CriClientOptions { Endpoint = Node.Runtime.Endpoint });
        var streaming = new StreamingHandler((ns, name) => Node.Manager.GetPod(ns, name), Node.Runtime, _tasks, _fifos, TimeProvider.System,
            PodNodeFixture.Loggers.CreateLogger<StreamingHandler>());
        _server = await KubeletServer.StartAsync(
            new KubeletServerOptions
            {
                BindAddress = IPAddress.Loopback,
                Port = 0,
                ServingCertificatePem = serving.CertificatePem,
                ServingKeyPem = serving.KeyPem,
                ClientCaPem = pki.ClientCaPem,
            },
            new ContainerLogsHandler((ns, name) => Node.Manager.GetPod(ns, name), Node.Runtime, TimeProvider.System),
            streaming, TimeProvider.System, PodNodeFixture.Loggers, CancellationToken.None, Stats);
        var status = new JsonObject
        {
            ["status"] = new JsonObject
            {
                ["addresses"] = new JsonArray(
                    new JsonObject { ["type"] = "InternalIP", ["address"] = "127.0.0.1" },
                    new JsonObject { ["type"] = "Hostname", ["address"] = PodNodeFixture.NodeName }),
                ["daemonEndpoints"] = new JsonObject { ["kubeletEndpoint"] = new JsonObject { ["Port"] = _server.Port } },
            },
        }.ToJsonString();
        await Node.Client.PatchAsync<Api.Core.V1.Node>(null, PodNodeFixture.NodeName, PatchType.Merge, status, subresource: "status");
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
        _tasks?.Dispose();
        await Node.DisposeAsync();
        Directory.Delete(_cache, recursive: true);
        Directory.Delete(_fifos, recursive: true);
    }

    public async Task<Pod> GetAsync(string name) => await Node.GetAsync("default", name);
}
