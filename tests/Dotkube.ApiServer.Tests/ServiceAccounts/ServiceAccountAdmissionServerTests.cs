namespace Dotkube.ApiServer.Tests.ServiceAccounts;

public sealed class ServiceAccountAdmissionServerTests(ServiceAccountClusterFixture cluster) : IClassFixture<ServiceAccountClusterFixture>
{
    [Fact]
    public async Task A_pod_in_a_namespace_without_its_service_account_is_forbidden_as_upstream()
    {
        var ns = await cluster.NamespaceAsync();

        var refused = await cluster.PostAsync($"/api/v1/namespaces/{ns}/pods", ServiceAccountTokenTests.Pod("p", ""));

        Assert.Equal(403, refused.Code);
        Assert.Equal($"pods \"p\" is forbidden: error looking up service account {ns}/default: serviceaccount \"default\" not found",
            (string?)refused.Body!["message"]);
    }

    [Fact]
    public async Task A_created_pod_runs_as_default_with_the_kube_api_access_volume_mounted()
    {
        var ns = await cluster.NamespaceAsync("default");

        var (code, pod) = await cluster.PostAsync($"/api/v1/namespaces/{ns}/pods", ServiceAccountTokenTests.Pod("p", ""));

        Assert.Equal(201, code);
        var spec = pod!["spec"]!;
        Assert.Equal(("default", "default"), ((string?)spec["serviceAccountName"], (string?)spec["serviceAccount"]));
        var volume = spec["volumes"]!.AsArray().Single()!;
        Assert.Matches("^kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}$", (string?)volume["name"]);
        Assert.Equal(420, (int?)volume["projected"]!["defaultMode"]);
        var mount = spec["containers"]![0]!["volumeMounts"]!.AsArray().Single()!;
        Assert.Equal(((string?)volume["name"], "/var/run/secrets/kubernetes.io/serviceaccount", true),
            ((string?)mount["name"], (string?)mount["mountPath"], (bool?)mount["readOnly"]));
    }

    [Fact]
    public async Task A_pod_that_opts_out_of_automounting_gets_no_token_volume()
    {
        var ns = await cluster.NamespaceAsync("default");

        var (code, pod) = await cluster.PostAsync($"/api/v1/namespaces/{ns}/pods",
            ServiceAccountTokenTests.Pod("p", """ "automountServiceAccountToken":false, """));

        Assert.Equal(201, code);
        Assert.Null(pod!["spec"]!["volumes"]);
    }
}
