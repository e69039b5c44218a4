using Dotkube.Api.Rbac.V1;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Tests.Rbac.V1;

public class RbacSchemeTests
{
    [Theory]
    [InlineData("roles", typeof(Role), true)]
    [InlineData("rolebindings", typeof(RoleBinding), true)]
    [InlineData("clusterroles", typeof(ClusterRole), false)]
    [InlineData("clusterrolebindings", typeof(ClusterRoleBinding), false)]
    public void Scheme_RbacKind_ResolvesByPluralWithScope(string plural, Type type, bool namespaced)
    {
        var info = Scheme.Default.FindResource("rbac.authorization.k8s.io", "v1", plural);

        Assert.NotNull(info);
        Assert.Equal(type, info.ClrType);
        Assert.Equal(namespaced, info.Namespaced);
        Assert.Empty(info.ShortNames);
        Assert.Equal(ResourceInfo.StandardVerbs, info.Verbs);
        Assert.NotNull(info.ListTypeInfo);
    }
}
