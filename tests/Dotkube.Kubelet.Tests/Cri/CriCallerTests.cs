using System.Net.Sockets;
using Dotkube.Grpc;
using Dotkube.Kubelet.Cri;

namespace Dotkube.Kubelet.Tests.Cri;

public sealed class CriCallerTests
{
    [Fact]
    public async Task A_runtime_that_never_answers_fails_with_DeadlineExceeded()
    {
        var directory = Directory.CreateTempSubdirectory("dotkube-cri-");
        try
        {
            var path = Path.Combine(directory.FullName, "silent.sock");
            using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            listener.Bind(new UnixDomainSocketEndPoint(path));
            listener.Listen();
            // Accepts the connection and says nothing: no HTTP/2 settings, no response.
            var accepted = listener.AcceptAsync();
            using var client = new RuntimeServiceClient(new CriClientOptions { Endpoint = "unix://" + path, RuntimeRequestTimeout = TimeSpan.FromMilliseconds(300) });

            var error = await Assert.ThrowsAsync<RpcException>(() => client.VersionAsync());

            Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
            (await accepted).Dispose();
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_socket_is_Unavailable()
    {
        using var client = new ImageServiceClient(new CriClientOptions { Endpoint = "unix:///nonexistent/dotkube/containerd.sock" });

        var error = await Assert.ThrowsAsync<RpcException>(() => client.ImageFsInfoAsync());

        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
    }

    [Fact]
    public void An_endpoint_is_required() =>
        Assert.Throws<ArgumentException>(() => new RuntimeServiceClient(new CriClientOptions()));
}
