using Dotkube.Api.Core.V1;
using Dotkube.Grpc;
using Dotkube.Kubelet.Cri;
using Dotkube.Kubelet.Cri.V1;
using Container = Dotkube.Api.Core.V1.Container;

namespace Dotkube.Kubelet.Pods;

/// <summary>
/// Makes a container's image present per its imagePullPolicy, as upstream's image manager:
/// Never uses what is there (ErrImageNeverPull if nothing), IfNotPresent pulls only when absent,
/// Always pulls every time. A failed pull is ErrImagePull and starts a back-off (10 s doubling to
/// 5 min) during which the container shows ImagePullBackOff instead of pulling again.
/// <para>
/// One deliberate difference: when an Always pull fails but the image is in the runtime (our
/// offline images, e.g. busybox:latest that <c>kubectl run</c> asks to pull Always), the local
/// image is used, so clusters without a registry run the images they were given.
/// </para>
/// </summary>
internal sealed class ImagePuller(ImageServiceClient images, Backoff backoff)
{
    /// <summary>The image reference to create the container with.</summary>
    /// <exception cref="ContainerStartException">ErrImageNeverPull, ErrImagePull or ImagePullBackOff.</exception>
    public async Task<string> EnsureAsync(Pod pod, Container container, PodSandboxConfig sandbox, CancellationToken ct)
    {
        var image = container.Image ?? "";
        var spec = new ImageSpec { Image = image, UserSpecifiedImage = image };
        var present = await images.ImageStatusAsync(spec, ct);
        var policy = container.ImagePullPolicy ?? DefaultPolicy(image);
        if (present is not null && policy != "Always")
            return present.Id;
        if (policy == "Never")
        {
            throw new ContainerStartException("ErrImageNeverPull",
                $"Container image \"{image}\" is not present with pull policy of Never");
        }

        var key = $"{pod.Uid()}/{image}";
        if (backoff.Remaining(key) is { } left && left > TimeSpan.Zero)
            throw new ContainerStartException("ImagePullBackOff", $"Back-off pulling image \"{image}\"", left);
        try
        {
            return await images.PullImageAsync(spec, null, sandbox, ct);
        }
        catch (RpcException e) when (!ct.IsCancellationRequested)
        {
            if (present is not null)
                return present.Id;
            backoff.Next(key);
            // Sync again soon, so the status moves on to ImagePullBackOff while the back-off lasts, as upstream shows it.
            throw new ContainerStartException("ErrImagePull", $"failed to pull image \"{image}\": {e.Detail}", TimeSpan.FromSeconds(1), e);
        }
    }

    /// <summary>As upstream's defaulting: Always for :latest or no tag (and no digest), IfNotPresent otherwise.</summary>
    public static string DefaultPolicy(string image)
    {
        if (image.Contains('@', StringComparison.Ordinal))
            return "IfNotPresent";
        var lastSegment = image[(image.LastIndexOf('/') + 1)..];
        var colon = lastSegment.LastIndexOf(':');
        return colon < 0 || lastSegment[(colon + 1)..] == "latest" ? "Always" : "IfNotPresent";
    }
}
