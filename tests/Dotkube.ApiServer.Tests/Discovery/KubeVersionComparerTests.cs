using Dotkube.ApiServer.Discovery;

namespace Dotkube.ApiServer.Tests.Discovery;

public sealed class KubeVersionComparerTests
{
    [Fact]
    public void Sort_MatchesUpstreamsDocumentedExample()
    {
        // The example in APIServiceSpec.versionPriority's documentation.
        string[] expected = ["v10", "v2", "v1", "v11beta2", "v10beta3", "v3beta1", "v12alpha1", "v11alpha2", "foo1", "foo10"];
        var shuffled = expected.Reverse().ToArray();
        Assert.Equal(expected, shuffled.Order(KubeVersionComparer.PreferredFirst));
    }

    [Theory]
    [InlineData("v1beta", "v1")]
    [InlineData("v1gamma1", "v1alpha1")]
    [InlineData("x1", "v1alpha1")]
    public void Compare_NonKubeVersion_SortsAfterKubeVersions(string other, string kube)
    {
        Assert.True(KubeVersionComparer.PreferredFirst.Compare(kube, other) < 0);
    }
}
