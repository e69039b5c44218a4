using System.Net;
using System.Text.Json.Nodes;
using Dotkube.Api.Core.V1;
using Dotkube.ApiServer.Security;
using Dotkube.Client.Rest;
using Dotkube.Kubelet.Server;
using Dotkube.Kubelet.Tests.Pods;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dotkube.Kubelet.Tests.Server;

/// <summary>
/// A <see cref="PodNodeFixture"/> node plus its kubelet API on a free loopback port, with a serving
/// certificate from the cluster's server CA; the Node advertises 127.0.0.1 and that port, so the API
/// server's pods/log reaches it as it would a real node's kubelet.
/// </summary>
public sealed class KubeletApiFixture : IAsyncLifetime
{
    private readonly string _cache = Directory.CreateTempSubdirectory("dk-kubectl-").FullName;
    private KubeletServer? _server;

    public PodNodeFixture Node { get; } = new();

    public KubeletServer Server => _server ?? throw new InvalidOperationException("the fixture has not started");

    public Kubectl Kubectl => new(Node.Cluster.KubeconfigPath, _cache);

    public async Task InitializeAsync()
    {
        await Node.InitializeAsync();
        var pki = Node.Cluster.Server.Pki;
        var serving = pki.LoadOrIssueServingCertificate("serving-kubelet-test", PodNodeFixture.NodeName,
            new ServingNames(["localhost"], [IPAddress.Loopback]));
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
            TimeProvider.System, NullLoggerFactory.Instance, CancellationToken.None);
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
        await Node.DisposeAsync();
        Directory.Delete(_cache, recursive: true);
    }

    public async Task<Pod> GetAsync(string name) => await Node.GetAsync("default", name);
}
