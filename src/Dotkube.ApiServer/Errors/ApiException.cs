using Dotkube.Api.Meta;

namespace Dotkube.ApiServer.Errors;

/// <summary>A request that ends in an API error; the handler writes <see cref="Status"/> with its code.</summary>
public sealed class ApiException : Exception
{
    public ApiException(Status status)
        : base(status.Message)
    {
        Status = status;
    }

    public Status Status { get; }

    public int Code => Status.Code ?? 500;

    public string? Reason => Status.Reason;
}
