namespace Dotkube.ApiServer.Discovery;

/// <summary>
/// The apidiscovery.k8s.io versions a client may ask for. kubectl 1.32 lists v2 first and v2beta1
/// second in Accept; both carry the same document, only apiVersion differs.
/// </summary>
public enum AggregatedDiscoveryVersion
{
    V2,
    V2Beta1,
}
