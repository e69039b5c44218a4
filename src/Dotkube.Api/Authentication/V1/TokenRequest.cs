using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Authentication.V1;

/// <summary>
/// authentication.k8s.io/v1 TokenRequest: the body of the serviceaccounts/token subresource.
/// Not a resource of its own, so it carries no KubeKind.
/// </summary>
[KubeType("authentication.k8s.io", "v1")]
public sealed class TokenRequest : KubeObject
{
    public const string ApiVersionValue = "authentication.k8s.io/v1";

    public const string KindValue = "TokenRequest";

    public TokenRequestSpec Spec { get; set => field = value ?? new(); } = new();

    public TokenRequestStatus Status { get; set => field = value ?? new(); } = new();
}
