using Dotkube.Grpc;
using Dotkube.Storage.Etcd;
using Dotkube.Storage.Etcd.Protos;
using Dotkube.Storage.Tests.Conformance;
using Google.Protobuf;

namespace Dotkube.Storage.Tests.Grpc;

/// <summary>The client against a real gRPC server (etcd): errors arrive as RpcException with etcd's status and message.</summary>
public sealed class GrpcChannelEtcdTests
{
    [Fact]
    public async Task Unary_ServerRejectsRequest_ThrowsRpcExceptionWithItsStatus()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var driver = new EtcdDriver();
        var store = (EtcdStore)await driver.OpenAsync(timeout.Token);
        using var channel = GrpcChannel.ForAddress(store.Endpoint);

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            channel.UnaryAsync("/etcdserverpb.KV/Range", new RangeRequest(), RangeResponse.Parser, timeout.Token));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("etcdserver: key is not provided", error.Detail);
    }

    [Fact]
    public async Task Unary_UnknownMethod_ThrowsUnimplemented()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var driver = new EtcdDriver();
        var store = (EtcdStore)await driver.OpenAsync(timeout.Token);
        using var channel = GrpcChannel.ForAddress(store.Endpoint);

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            channel.UnaryAsync("/etcdserverpb.KV/NoSuchMethod", new RangeRequest { Key = ByteString.CopyFromUtf8("/a") },
                RangeResponse.Parser, timeout.Token));

        Assert.Equal(StatusCode.Unimplemented, error.StatusCode);
    }

    [Fact]
    public async Task Duplex_ServerStreamsResponsesWhileTheRequestStreamStaysOpen()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var driver = new EtcdDriver();
        var store = await driver.OpenAsync(timeout.Token);
        using var channel = GrpcChannel.ForAddress(((EtcdStore)store).Endpoint);
        await using var call = channel.StartDuplex("/etcdserverpb.Watch/Watch", WatchResponse.Parser, timeout.Token);

        call.Write(new WatchRequest { CreateRequest = new WatchCreateRequest { Key = ByteString.CopyFromUtf8("/a") } });
        var created = await call.ReadAsync(timeout.Token);
        await store.CreateAsync("/a", "v"u8.ToArray(), timeout.Token);
        var change = await call.ReadAsync(timeout.Token);

        Assert.True(created?.Created);
        Assert.Equal("v", Assert.Single(change!.Events).Kv.Value.ToStringUtf8());
    }
}
