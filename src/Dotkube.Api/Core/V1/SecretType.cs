namespace Dotkube.Api.Core.V1;

/// <summary>The built-in values of <see cref="Secret.Type"/>.</summary>
public static class SecretType
{
    public const string Opaque = "Opaque";

    /// <summary>Requires the kubernetes.io/service-account.name and .uid annotations and a "token" key.</summary>
    public const string ServiceAccountToken = "kubernetes.io/service-account-token";

    /// <summary>Requires a ".dockercfg" key.</summary>
    public const string Dockercfg = "kubernetes.io/dockercfg";

    /// <summary>Requires a ".dockerconfigjson" key.</summary>
    public const string DockerConfigJson = "kubernetes.io/dockerconfigjson";

    /// <summary>Requires at least one of the "username" and "password" keys.</summary>
    public const string BasicAuth = "kubernetes.io/basic-auth";

    /// <summary>Requires an "ssh-privatekey" key.</summary>
    public const string SshAuth = "kubernetes.io/ssh-auth";

    /// <summary>Requires the "tls.crt" and "tls.key" keys.</summary>
    public const string Tls = "kubernetes.io/tls";

    public const string BootstrapToken = "bootstrap.kubernetes.io/token";
}
