using System.Net;
using Dotkube.Grpc;

namespace Dotkube.Storage.Tests.Grpc;

public sealed class GrpcStatusTests
{
    [Fact]
    public void CheckTrailers_ErrorStatus_ThrowsRpcExceptionWithCodeAndDecodedMessage()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK);
        response.TrailingHeaders.Add("grpc-status", "11");
        response.TrailingHeaders.Add("grpc-message", "etcdserver: mvcc: required revision has been compacted %E2%9C%93");

        var error = Assert.Throws<RpcException>(() => GrpcStatus.CheckTrailers(response));

        Assert.Equal(StatusCode.OutOfRange, error.StatusCode);
        Assert.Equal("etcdserver: mvcc: required revision has been compacted \u2713", error.Detail);
    }

    [Fact]
    public void CheckTrailers_Ok_DoesNotThrow()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK);
        response.TrailingHeaders.Add("grpc-status", "0");

        GrpcStatus.CheckTrailers(response);
    }

    [Fact]
    public void CheckTrailers_NoStatusAnywhere_FailsWithInternal()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK);

        var error = Assert.Throws<RpcException>(() => GrpcStatus.CheckTrailers(response));

        Assert.Equal(StatusCode.Internal, error.StatusCode);
    }

    [Fact]
    public void CheckHeaders_TrailersOnlyError_ThrowsBeforeTheBodyIsRead()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK);
        response.Headers.Add("grpc-status", "3");
        response.Headers.Add("grpc-message", "etcdserver: key is not provided");

        var error = Assert.Throws<RpcException>(() => GrpcStatus.CheckHeaders(response));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("etcdserver: key is not provided", error.Detail);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, StatusCode.Unimplemented)]
    [InlineData(HttpStatusCode.ServiceUnavailable, StatusCode.Unavailable)]
    [InlineData(HttpStatusCode.Forbidden, StatusCode.PermissionDenied)]
    public void CheckHeaders_HttpError_MapsAsTheGrpcSpecSays(HttpStatusCode http, StatusCode expected)
    {
        using var response = new HttpResponseMessage(http);

        var error = Assert.Throws<RpcException>(() => GrpcStatus.CheckHeaders(response));

        Assert.Equal(expected, error.StatusCode);
    }
}
