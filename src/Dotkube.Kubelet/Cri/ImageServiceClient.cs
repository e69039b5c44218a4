using Dotkube.Grpc;
using Dotkube.Kubelet.Cri.V1;
using Google.Protobuf;

namespace Dotkube.Kubelet.Cri;

/// <summary>
/// The kubelet's client of CRI's <c>runtime.v1.ImageService</c>, with upstream's deadlines: the
/// request timeout for everything but pulls, which have none (a pull of a large image may take
/// as long as it takes; the caller's token ends it). Failures are <see cref="RpcException"/>s.
/// </summary>
public sealed class ImageServiceClient : IDisposable
{
    private const string Service = "/runtime.v1.ImageService/";

    private readonly CriCaller _caller;

    public ImageServiceClient(CriClientOptions options) => _caller = new CriCaller(options);

    public string Endpoint => _caller.Endpoint;

    public async Task<IReadOnlyList<Image>> ListImagesAsync(ImageFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var response = await CallAsync("ListImages", new ListImagesRequest { Filter = filter }, ListImagesResponse.Parser, cancellationToken);
        return response.Images;
    }

    /// <summary>The image, or null when the runtime does not have it (not an error in CRI).</summary>
    public async Task<Image?> ImageStatusAsync(ImageSpec image, CancellationToken cancellationToken = default)
    {
        var response = await CallAsync("ImageStatus", new ImageStatusRequest { Image = image }, ImageStatusResponse.Parser, cancellationToken);
        return response.Image;
    }

    /// <summary>Pulls an image and returns the runtime's reference to it (containerd: the image id, sha256:...).</summary>
    public async Task<string> PullImageAsync(ImageSpec image, AuthConfig? auth = null, PodSandboxConfig? sandboxConfig = null,
        CancellationToken cancellationToken = default)
    {
        var response = await _caller.CallAsync(Service + "PullImage",
            new PullImageRequest { Image = image, Auth = auth, SandboxConfig = sandboxConfig },
            PullImageResponse.Parser, Timeout.InfiniteTimeSpan, cancellationToken);
        return string.IsNullOrEmpty(response.ImageRef)
            ? throw new RpcException(StatusCode.Internal, $"PullImage: the runtime returned no reference for {image.Image}")
            : response.ImageRef;
    }

    /// <summary>Removes an image; idempotent.</summary>
    public Task RemoveImageAsync(ImageSpec image, CancellationToken cancellationToken = default) =>
        CallAsync("RemoveImage", new RemoveImageRequest { Image = image }, RemoveImageResponse.Parser, cancellationToken);

    /// <summary>Usage of the filesystem(s) holding images, for the node's image GC and DiskPressure.</summary>
    public Task<ImageFsInfoResponse> ImageFsInfoAsync(CancellationToken cancellationToken = default) =>
        CallAsync("ImageFsInfo", new ImageFsInfoRequest(), ImageFsInfoResponse.Parser, cancellationToken);

    public void Dispose() => _caller.Dispose();

    private Task<T> CallAsync<T>(string method, IMessage request, MessageParser<T> parser, CancellationToken cancellationToken)
        where T : class, IMessage<T> =>
        _caller.CallAsync(Service + method, request, parser, _caller.DefaultTimeout, cancellationToken);
}
