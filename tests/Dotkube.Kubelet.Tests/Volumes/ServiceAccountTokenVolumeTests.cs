using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Kubelet.Tests.Pods;

namespace Dotkube.Kubelet.Tests.Volumes;

/// <summary>
/// E2E (root + containerd): the projected kube-api-access volume the ServiceAccount admission
/// plugin adds gives the container a token, the CA and its namespace, and the token is one the
/// API server accepts as the pod's ServiceAccount. (The fixture's API server has that plugin off,
/// so the pod spells the volume out as the plugin would.)
/// </summary>
public sealed class ServiceAccountTokenVolumeTests(PodNodeFixture node) : IClassFixture<PodNodeFixture>
{
    private const string Ns = "default";
    private const string MountPath = "/var/run/secrets/kubernetes.io/serviceaccount";
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };

    [Fact]
    public async Task A_pod_gets_a_token_the_CA_and_its_namespace_and_the_token_authenticates_as_its_service_account()
    {
        await node.Client.CreateAsync(new ServiceAccount { Metadata = new ObjectMeta { Name = "robot", Namespace = Ns } });
        await node.Client.CreateAsync(new ConfigMap
        {
            Metadata = new ObjectMeta { Name = "kube-root-ca.crt", Namespace = Ns },
            Data = new() { ["ca.crt"] = node.Cluster.Server.Pki.ServerCaPem },
        });
        var pod = await node.Client.CreateAsync(Pod());
        var running = await node.WaitForAsync(pod, p => p.Status.Phase == "Running" && p.Status.PodIP is not null, "Running with a pod IP");

        var token = await _http.HttpGetAsync(running, "/token");
        Assert.Equal(node.Cluster.Server.Pki.ServerCaPem, await _http.HttpGetAsync(running, "/ca.crt"));
        Assert.Equal(Ns, await _http.HttpGetAsync(running, "/namespace"));

        var user = await WhoAmIAsync(token);
        Assert.Equal($"system:serviceaccount:{Ns}:robot", (string?)user["username"]);
        Assert.Equal(running.Metadata.Uid, (string?)user["extra"]!["authentication.kubernetes.io/pod-uid"]![0]);
        Assert.Contains("system:serviceaccounts", user["groups"]!.AsArray().Select(g => (string?)g));

        await node.DeletePodAsync(Ns, "token-reader");
        Assert.Null(await WhoAmIOrNullAsync(token));
    }

    private static Pod Pod() => new()
    {
        Metadata = new ObjectMeta { Name = "token-reader", Namespace = Ns },
        Spec = new PodSpec
        {
            NodeName = PodNodeFixture.NodeName,
            ServiceAccountName = "robot",
            TerminationGracePeriodSeconds = 1,
            Containers =
            [
                new Container
                {
                    Name = "main",
                    Image = "docker.io/library/busybox:1.36",
                    Command = ["httpd", "-f", "-p", "8080", "-h", MountPath],
                    VolumeMounts = [new VolumeMount { Name = "kube-api-access-e2e", MountPath = MountPath, ReadOnly = true }],
                },
            ],
            Volumes = [new Volume { Name = "kube-api-access-e2e", Projected = Dotkube.ApiServer.Admission.ServiceAccountAdmission.TokenVolumeSource() }],
        },
    };

    private async Task<JsonNode> WhoAmIAsync(string token) =>
        await WhoAmIOrNullAsync(token) ?? throw new Xunit.Sdk.XunitException("the pod's token was not accepted");

    /// <summary>SelfSubjectReview with the token alone (no client certificate); null on 401.</summary>
    private async Task<JsonNode?> WhoAmIOrNullAsync(string token)
    {
        using var client = node.Cluster.NewHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/apis/authentication.k8s.io/v1/selfsubjectreviews")
        {
            Content = new StringContent("""{"apiVersion":"authentication.k8s.io/v1","kind":"SelfSubjectReview"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        if (response.StatusCode == System.Net.HttpStatusCode.Unauthorized)
            return null;
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["status"]!["userInfo"]!;
    }
}
