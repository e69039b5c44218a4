using Dotkube.Api.Core.V1;
using Dotkube.ApiServer.Errors;
using Dotkube.ApiServer.Kubelets;

namespace Dotkube.ApiServer.Http;

public sealed partial class ResourceHandler
{
    /// <summary>
    /// pods/exec and pods/attach (GET for WebSocket clients, POST for SPDY ones), as upstream's
    /// ExecREST and AttachREST: the pod must exist (404), the container is named or implied (400),
    /// the pod must be on a node (400 "does not have a host assigned"), then the request must be an
    /// upgrade (400 "Upgrade request required") and is joined to the kubelet's /exec or /attach.
    /// The API server never reads the streams; the exit status travels inside them.
    /// </summary>
    private async Task StreamAsync(ApiRequest request, string endpoint)
    {
        var pod = (Pod)await request.Store.GetRequiredAsync(request.Namespace, request.Info.Name, request.Aborted);
        var options = StreamOptions.FromQuery(request.Http.Request.Query, exec: endpoint == "exec");
        var container = ValidContainer(pod, options.Container);
        if (string.IsNullOrEmpty(pod.Spec.NodeName))
            throw ApiErrors.BadRequest($"pod {request.Info.Name} does not have a host assigned");

        var location = await KubeletLocationAsync(request, pod.Spec.NodeName, endpoint, container, options.ToKubeletQuery());
        if (!KubeletUpgradeProxy.CanUpgrade(request.Http))
            throw ApiErrors.BadRequest("Upgrade request required");

        try
        {
            await KubeletUpgradeProxy.ProxyAsync(request.Http, Kubelets!, location, _time);
        }
        catch (HttpRequestException e)
        {
            throw ApiErrors.Untyped($"error dialing backend: {e.Message}");
        }
    }
}
