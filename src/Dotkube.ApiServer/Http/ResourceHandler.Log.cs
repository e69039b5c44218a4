using Dotkube.Api.Core.V1;
using Dotkube.Api.Validation;
using Dotkube.Api.Validation.Core;
using Dotkube.ApiServer.Errors;
using Dotkube.ApiServer.Kubelets;

namespace Dotkube.ApiServer.Http;

public sealed partial class ResourceHandler
{
    // As upstream's response checker, which reads at most this much of an error body.
    private const int MaxKubeletErrorLength = 50000;

    /// <summary>Where pods/log goes (the pod's kubelet); null answers that no kubelet can be reached.</summary>
    public KubeletClient? Kubelets { get; init; }

    /// <summary>
    /// pods/log, as upstream's LogREST: the options validated, the container named or implied (a
    /// pod with one container), then the kubelet's containerLogs of the pod's node streamed through
    /// as it comes (follow), or its error as a Status. A pod not on a node yet has an empty log.
    /// </summary>
    private async Task LogAsync(ApiRequest request)
    {
        var pod = (Pod)await request.Store.GetRequiredAsync(request.Namespace, request.Info.Name, request.Aborted);
        PodLogOptions options;
        try
        {
            options = PodLogOptions.FromQuery(request.Query);
        }
        catch (FormatException e)
        {
            throw ApiErrors.BadRequest(e.Message);
        }

        if (PodLogOptionsValidation.Validate(options) is { Count: > 0 } errors)
            throw ApiErrors.Invalid(InvalidObjectStatus.Create("", "PodLogOptions", request.Info.Name, errors));

        var container = ValidContainer(pod, options.Container);
        if (string.IsNullOrEmpty(pod.Spec.NodeName))
        {
            await ResponseWriter.WriteBytesAsync(request.Http, 200, "text/plain", ReadOnlyMemory<byte>.Empty);
            return;
        }

        var location = await KubeletLocationAsync(request, pod.Spec.NodeName, "containerLogs", container, options.ToKubeletQuery());
        await ProxyLogAsync(request, location);
    }

    /// <summary>
    /// https://node:port/{endpoint}/{namespace}/{pod}/{container}{query} on the pod's node, as
    /// upstream's connection info getter finds it: a missing node is 404, one without a usable
    /// address or a server without a kubelet client 500.
    /// </summary>
    private async Task<Uri> KubeletLocationAsync(ApiRequest request, string nodeName, string endpoint, string container, string query)
    {
        var node = (Node?)await _registry.For<Node>().GetAsync("", nodeName, request.Aborted)
            ?? throw ApiErrors.NotFound("", "nodes", nodeName);
        if (Kubelets is null)
            throw ApiErrors.InternalError("the API server has no kubelet client");
        try
        {
            return KubeletClient.Location(node,
                $"/{endpoint}/{Uri.EscapeDataString(request.Namespace)}/{Uri.EscapeDataString(request.Info.Name)}/{Uri.EscapeDataString(container)}{query}");
        }
        catch (InvalidOperationException e)
        {
            throw ApiErrors.InternalError(e.Message);
        }
    }

    /// <summary>Upstream's validateContainer (logs, exec, attach): the named container must exist; an unnamed one is the only one.</summary>
    private static string ValidContainer(Pod pod, string? container)
    {
        var all = (pod.Spec.InitContainers ?? []).Select(c => c.Name).Concat(pod.Spec.Containers.Select(c => c.Name))
            .Concat((pod.Spec.EphemeralContainers ?? []).Select(c => c.Name)).ToList();
        if (!string.IsNullOrEmpty(container))
        {
            return all.Contains(container) ? container : throw ApiErrors.BadRequest($"container {container} is not valid for pod {pod.Metadata.Name}");
        }

        return pod.Spec.Containers.Count switch
        {
            1 => pod.Spec.Containers[0].Name,
            0 => throw ApiErrors.BadRequest($"a container name must be specified for pod {pod.Metadata.Name}"),
            _ => throw ApiErrors.BadRequest($"a container name must be specified for pod {pod.Metadata.Name}, choose one of: [{string.Join(" ", all)}]"),
        };
    }

    /// <summary>
    /// Streams the kubelet's answer: a success as text/plain, each chunk flushed as it arrives; an
    /// error as upstream's generic response checker maps it (400 and 500 keep the kubelet's text).
    /// </summary>
    private async Task ProxyLogAsync(ApiRequest request, Uri location)
    {
        HttpResponseMessage response;
        try
        {
            response = await Kubelets!.GetAsync(location, request.Aborted);
        }
        catch (HttpRequestException e)
        {
            throw ApiErrors.InternalError($"Get \"{location}\": {e.Message}");
        }

        using (response)
        {
            var code = (int)response.StatusCode;
            if (code is < 200 or > 206)
            {
                var text = await response.Content.ReadAsStringAsync(request.Aborted);
                if (text.Length > MaxKubeletErrorLength)
                    text = text[..MaxKubeletErrorLength];
                throw code switch
                {
                    400 => ApiErrors.BadRequest(text),
                    500 => ApiErrors.InternalError(text),
                    _ => ApiErrors.GenericServerResponse(code, "pods/log", request.Info.Name, text),
                };
            }

            var http = request.Http;
            http.Response.StatusCode = 200;
            http.Response.ContentType = "text/plain";
            await http.Response.StartAsync(request.Aborted);
            await using var body = await response.Content.ReadAsStreamAsync(request.Aborted);
            var buffer = new byte[16 * 1024];
            try
            {
                int read;
                while ((read = await body.ReadAsync(buffer, request.Aborted)) > 0)
                {
                    await http.Response.Body.WriteAsync(buffer.AsMemory(0, read), request.Aborted);
                    await http.Response.Body.FlushAsync(request.Aborted);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException && request.Aborted.IsCancellationRequested)
            {
                // The client stopped following.
            }
        }
    }
}
