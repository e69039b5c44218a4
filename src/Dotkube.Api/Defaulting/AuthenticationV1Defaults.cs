using Dotkube.Api.Authentication.V1;

namespace Dotkube.Api.Defaulting;

/// <summary>Defaults for authentication.k8s.io/v1, as upstream pkg/apis/authentication/v1/defaults.go.</summary>
internal static class AuthenticationV1Defaults
{
    /// <summary>As upstream SetDefaults_TokenRequestSpec: tokens live one hour unless asked otherwise.</summary>
    public static void SetDefaults_TokenRequestSpec(TokenRequestSpec spec) => spec.ExpirationSeconds ??= 3600;
}
