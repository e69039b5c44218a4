using Dotkube.Api.Meta;
using Dotkube.Client.Rest;

namespace Dotkube.Controllers.Tests.Common;

internal static class KubeClientTestExtensions
{
    /// <summary>The object, or null when the server answers NotFound.</summary>
    public static async Task<T?> TryGetAsync<T>(this KubeClient client, string? ns, string name)
        where T : KubeObject
    {
        try
        {
            return await client.GetAsync<T>(ns, name);
        }
        catch (ApiStatusException e) when (e.IsNotFound)
        {
            return null;
        }
    }
}
