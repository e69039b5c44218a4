namespace Dotkube.ApiServer.Discovery;

/// <summary>The two aggregated discovery endpoints: <c>/api</c> (core group only) and <c>/apis</c> (every other group).</summary>
public enum DiscoveryRoot
{
    Api,
    Apis,
}
