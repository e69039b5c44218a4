using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Dotkube.Client.Config;
using Dotkube.Client.Rest;
using Dotkube.Controllers.Tests.Support;

namespace Dotkube.Controllers.Tests.ReplicaSets;

/// <summary>
/// A transport to the fixture's server that, while <see cref="Fail"/> is set, answers pod creations
/// with 403 Forbidden as an exhausted quota would, and counts the attempts.
/// </summary>
internal sealed class FailingPodCreates : DelegatingHandler
{
    public const string Message = "pods \"web\" is forbidden: exceeded quota: compute";

    private int _attempts;

    private FailingPodCreates(HttpMessageHandler inner)
        : base(inner)
    {
    }

    public volatile bool Fail = true;

    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>A client of the fixture's admin user whose requests pass through a new instance.</summary>
    public static (KubeClient Client, FailingPodCreates Handler) NewClient(ClusterFixture fixture)
    {
        var inner = new SocketsHttpHandler
        {
            SslOptions =
            {
                ClientCertificates = [fixture.Cluster.AdminCertificate()],
                RemoteCertificateValidationCallback = (_, _, _, _) => true,
            },
        };
        var handler = new FailingPodCreates(inner);
        return (new KubeClient(KubeconfigLoader.Load(fixture.Cluster.KubeconfigPath), handler), handler);
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Post || request.RequestUri?.AbsolutePath.EndsWith("/pods", StringComparison.Ordinal) != true)
            return base.SendAsync(request, cancellationToken);
        Interlocked.Increment(ref _attempts);
        if (!Fail)
            return base.SendAsync(request, cancellationToken);
        var status = new JsonObject
        {
            ["kind"] = "Status", ["apiVersion"] = "v1", ["status"] = "Failure", ["message"] = Message, ["reason"] = "Forbidden", ["code"] = 403,
        };
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.Forbidden)
        {
            Content = new StringContent(status.ToJsonString(), Encoding.UTF8, "application/json"),
        });
    }
}
