using Dotkube.Api.Core.V1;
using Dotkube.Client.Config;
using Dotkube.Client.Rest;
using Dotkube.Tests.Acceptance.Controllers;

namespace Dotkube.Tests.Acceptance;

/// <summary>
/// `dotkube server` keeps kube-system/kube-dns as k3s deploys CoreDNS's Service, and
/// `--disable coredns` removes it again, as k3s removes a disabled component it deployed.
/// Control plane only (--disable-agent): no DNS server runs here, so no root is needed.
/// </summary>
public sealed class ClusterDnsServiceTests
{
    [Fact]
    public async Task The_server_creates_kube_dns_at_the_tenth_service_address_and_disable_coredns_removes_it()
    {
        var dir = Directory.CreateTempSubdirectory("dk-kubedns-").FullName;
        var kubeconfig = Path.Combine(dir, "admin.kubeconfig");
        string[] arguments =
        [
            "--data-dir", Path.Combine(dir, "data"), "--https-listen-port", "0", "--bind-address", "127.0.0.1", "--write-kubeconfig", kubeconfig,
            "--disable-agent",
        ];
        try
        {
            await using (var server = await ServerProcess.StartAsync(dir, arguments))
            {
                using var client = new KubeClient(KubeconfigLoader.Load(kubeconfig));
                // Created just after the server starts listening.
                var dns = await ClusterSteps.UntilAsync(() => TryGetAsync(client), s => s is not null, "kube-system/kube-dns") ?? throw new InvalidOperationException();
                Assert.Equal(("10.43.0.10", "ClusterIP"), (dns.Spec.ClusterIP, dns.Spec.Type));
                Assert.Null(dns.Spec.Selector);
                Assert.Equal(new Dictionary<string, string>
                {
                    ["k8s-app"] = "kube-dns", ["kubernetes.io/cluster-service"] = "true", ["kubernetes.io/name"] = "CoreDNS",
                }, dns.Metadata.Labels);
                Assert.Equal(0, await server.StopAsync());
            }

            await using (var server = await ServerProcess.StartAsync(dir, [.. arguments, "--disable", "coredns,servicelb"]))
            {
                using var client = new KubeClient(KubeconfigLoader.Load(kubeconfig));
                await ClusterSteps.UntilAsync(() => TryGetAsync(client), s => s is null, "kube-system/kube-dns deleted");
                Assert.Equal(0, await server.StopAsync());
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<Service?> TryGetAsync(KubeClient client)
    {
        try
        {
            return await client.GetAsync<Service>("kube-system", "kube-dns");
        }
        catch (ApiStatusException e) when (e.IsNotFound)
        {
            return null;
        }
    }
}
