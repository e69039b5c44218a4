using Dotkube.Api.Networking.V1;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Tests.Networking.V1;

public class NetworkingSchemeTests
{
    [Theory]
    [InlineData("ingresses", typeof(Ingress), true, "ing", true)]
    [InlineData("networkpolicies", typeof(NetworkPolicy), true, "netpol", false)]
    [InlineData("ingressclasses", typeof(IngressClass), false, null, false)]
    public void Scheme_NetworkingKind_ResolvesByPlural(string plural, Type type, bool namespaced, string? shortName, bool hasStatus)
    {
        var info = Scheme.Default.FindResource("networking.k8s.io", "v1", plural);

        Assert.NotNull(info);
        Assert.Equal(type, info.ClrType);
        Assert.Equal(namespaced, info.Namespaced);
        Assert.Equal(shortName is null ? [] : [shortName], info.ShortNames);
        Assert.Equal(hasStatus, info.Subresources.Contains("status"));
        Assert.NotNull(info.ListTypeInfo);
    }
}
