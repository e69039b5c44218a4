namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 VolumeProjection: exactly one member is set.</summary>
public sealed class VolumeProjection
{
    public SecretProjection? Secret { get; set; }

    public DownwardAPIProjection? DownwardAPI { get; set; }

    public ConfigMapProjection? ConfigMap { get; set; }

    public ServiceAccountTokenProjection? ServiceAccountToken { get; set; }

    public ClusterTrustBundleProjection? ClusterTrustBundle { get; set; }
}
