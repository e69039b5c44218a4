using Dotkube.Api.Core.V1;
using Dotkube.Api.Validation.Core;
using Dotkube.Grpc;
using Dotkube.Kubelet.Cri;
using Dotkube.Kubelet.Logs;
using Microsoft.AspNetCore.Http;
using CriContainerState = Dotkube.Kubelet.Cri.V1.ContainerState;

namespace Dotkube.Kubelet.Server;

/// <summary>
/// GET /containerLogs/{namespace}/{pod}/{container}, as upstream's getContainerLogs: the query is a
/// PodLogOptions; the pod comes from the node's pods, the container instance from its status
/// (<see cref="ContainerLogTarget"/>), the file from the runtime's ContainerStatus log path. Every
/// refusal is 400 or 404 with upstream's text before the body starts; then the log streams, flushed
/// as it grows when following.
/// </summary>
public sealed class ContainerLogsHandler(Func<string, string, Pod?> findPod, RuntimeServiceClient runtime, TimeProvider time)
{
    private readonly ContainerLogReader _reader = new(time);

    /// <summary>Replaces the reader's polling settings (tests).</summary>
    public ContainerLogReader Reader { get => _reader; init => _reader = value; }

    public async Task ServeAsync(HttpContext http, IReadOnlyList<string> path)
    {
        if (path is not [var ns, var podName, var container, ..] || podName.Length == 0)
        {
            await KubeletServer.WriteTextAsync(http, StatusCodes.Status400BadRequest, path.Count < 2 ? "Missing podID." : "Missing container name.");
            return;
        }

        PodLogOptions options;
        try
        {
            options = PodLogOptions.FromQuery(name => http.Request.Query.TryGetValue(name, out var values) ? values.ToString() : null);
        }
        catch (FormatException)
        {
            await KubeletServer.WriteTextAsync(http, StatusCodes.Status400BadRequest, "Unable to decode query.");
            return;
        }

        if (PodLogOptionsValidation.Validate(options) is { Count: > 0 } errors)
        {
            await KubeletServer.WriteTextAsync(http, StatusCodes.Status400BadRequest,
                errors.Count == 1 ? errors[0].ToString() : $"[{string.Join(", ", errors)}]");
            return;
        }

        var pod = findPod(ns, podName);
        if (pod is null)
        {
            await KubeletServer.WriteTextAsync(http, StatusCodes.Status404NotFound, $"pod \"{podName}\" does not exist\n");
            return;
        }

        if (!HasContainer(pod.Spec, container))
        {
            await KubeletServer.WriteTextAsync(http, StatusCodes.Status404NotFound, $"container \"{container}\" not found in pod \"{podName}\"\n");
            return;
        }

        FileStream file;
        string id;
        try
        {
            id = ContainerLogTarget.Resolve(pod.Status, podName, container, options.Previous);
            file = await OpenLogAsync(id, http.RequestAborted);
        }
        catch (ContainerLogException e)
        {
            await KubeletServer.WriteTextAsync(http, StatusCodes.Status400BadRequest, e.Message);
            return;
        }

        await using (file)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            http.Response.ContentType = "text/plain";
            await http.Response.StartAsync(http.RequestAborted);
            try
            {
                await _reader.CopyAsync(file, ContainerLogOptions.From(options, time.GetUtcNow()), http.Response.Body,
                    ct => IsRunningAsync(id, ct), http.RequestAborted);
            }
            catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
            {
                // The client went away (kubectl logs -f interrupted).
            }
        }
    }

    private static bool HasContainer(PodSpec spec, string name) =>
        spec.Containers.Any(c => c.Name == name) || (spec.InitContainers ?? []).Any(c => c.Name == name)
        || (spec.EphemeralContainers ?? []).Any(c => c.Name == name);

    private async Task<FileStream> OpenLogAsync(string id, CancellationToken ct)
    {
        string path;
        try
        {
            path = (await runtime.ContainerStatusAsync(id, cancellationToken: ct)).Status.LogPath;
        }
        catch (RpcException e)
        {
            throw new ContainerLogException($"failed to get container status \"{id}\": {e.Message}");
        }

        try
        {
            return ContainerLogReader.Open(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ContainerLogException($"failed to try resolving symlinks in path \"{path}\": lstat {path}: no such file or directory");
        }
    }

    private async Task<bool> IsRunningAsync(string id, CancellationToken ct)
    {
        try
        {
            return (await runtime.ContainerStatusAsync(id, cancellationToken: ct)).Status.State == CriContainerState.ContainerRunning;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return false;
        }
    }
}
