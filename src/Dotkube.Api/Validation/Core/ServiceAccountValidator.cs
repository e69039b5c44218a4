using Dotkube.Api.Core.V1;

namespace Dotkube.Api.Validation.Core;

/// <summary>
/// Upstream ValidateServiceAccount checks metadata only (a DNS-1123 subdomain name); secrets and
/// imagePullSecrets are references the token controller and kubelet resolve, not validate.
/// </summary>
public sealed class ServiceAccountValidator : ObjectValidator<ServiceAccount>
{
    protected override void ValidateCreate(ServiceAccount obj, List<FieldError> errors)
    {
    }
}
