using Dotkube.Api.Schema;
using Dotkube.ApiServer.Discovery;

namespace Dotkube.ApiServer.Tests.Discovery;

public sealed class StorageVersionHashTests
{
    /// <summary>
    /// kubernetes pkg/controlplane/storageversionhashdata (GVRToStorageVersionHash), plus the CRD
    /// hash apiextensions-apiserver serves. These change only when upstream moves a storage version.
    /// </summary>
    public static TheoryData<string, string, string, string> UpstreamHashes => new()
    {
        { "", "v1", "configmaps", "qFsyl6wFWjQ=" },
        { "", "v1", "endpoints", "fWeeMqaN/OA=" },
        { "", "v1", "events", "r2yiGXH7wu8=" },
        { "", "v1", "limitranges", "EBKMFVe6cwo=" },
        { "", "v1", "namespaces", "Q3oi5N2YM8M=" },
        { "", "v1", "nodes", "XwShjMxG9Fs=" },
        { "", "v1", "persistentvolumeclaims", "QWTyNDq0dC4=" },
        { "", "v1", "persistentvolumes", "HN/zwEC+JgM=" },
        { "", "v1", "pods", "xPOwRZ+Yhw8=" },
        { "", "v1", "podtemplates", "LIXB2x4IFpk=" },
        { "", "v1", "replicationcontrollers", "Jond2If31h0=" },
        { "", "v1", "resourcequotas", "8uhSgffRX6w=" },
        { "", "v1", "secrets", "S6u1pOWzb84=" },
        { "", "v1", "serviceaccounts", "pbx9ZvyFpBE=" },
        { "", "v1", "services", "0/CO1lhkEBI=" },
        { "autoscaling", "v1", "horizontalpodautoscalers", "qwQve8ut294=" },
        { "autoscaling", "v2", "horizontalpodautoscalers", "qwQve8ut294=" },
        { "batch", "v1", "jobs", "mudhfqk/qZY=" },
        { "batch", "v1", "cronjobs", "sd5LIXh4Fjs=" },
        { "coordination.k8s.io", "v1", "leases", "gqkMMb/YqFM=" },
        { "discovery.k8s.io", "v1", "endpointslices", "qgS0xkrxYAI=" },
        { "networking.k8s.io", "v1", "networkpolicies", "YpfwF18m1G8=" },
        { "networking.k8s.io", "v1", "ingresses", "39NQlfNR+bo=" },
        { "networking.k8s.io", "v1", "ingressclasses", "l/iqIbDgFyQ=" },
        { "policy", "v1", "poddisruptionbudgets", "EVWiDmWqyJw=" },
        { "rbac.authorization.k8s.io", "v1", "clusterrolebindings", "48tpQ8gZHFc=" },
        { "rbac.authorization.k8s.io", "v1", "clusterroles", "bYE5ZWDrJ44=" },
        { "rbac.authorization.k8s.io", "v1", "rolebindings", "eGsCzGH6b1g=" },
        { "rbac.authorization.k8s.io", "v1", "roles", "7FuwZcIIItM=" },
        { "scheduling.k8s.io", "v1", "priorityclasses", "1QwjyaZjj3Y=" },
        { "storage.k8s.io", "v1", "storageclasses", "K+m6uJwbjGY=" },
        { "apps", "v1", "controllerrevisions", "85nkx63pcBU=" },
        { "apps", "v1", "daemonsets", "dd7pWHUlMKQ=" },
        { "apps", "v1", "deployments", "8aSe+NMegvE=" },
        { "apps", "v1", "replicasets", "P1RzHs8/mWQ=" },
        { "apps", "v1", "statefulsets", "H+vl74LkKdo=" },
        { "events.k8s.io", "v1", "events", "r2yiGXH7wu8=" },
        { "apiextensions.k8s.io", "v1", "customresourcedefinitions", "jfWCUB31mvA=" },
    };

    [Theory]
    [MemberData(nameof(UpstreamHashes))]
    public void For_StoredResource_MatchesUpstream(string group, string version, string plural, string hash)
    {
        var resource = Scheme.Default.FindResource(group, version, plural);
        Assert.NotNull(resource);
        Assert.Equal(hash, StorageVersionHash.For(resource));
    }

    [Fact]
    public void For_EveryStoredKind_IsCoveredByTheUpstreamTable()
    {
        var table = UpstreamHashes.Select(row => ((string)row[0], (string)row[1], (string)row[2])).ToHashSet();
        var stored = Scheme.Default.All.Where(r => StorageVersionHash.For(r) is not null);
        Assert.All(stored, r => Assert.Contains((r.Group, r.Version, r.Plural), table));
    }

    [Theory]
    [InlineData("", "v1", "bindings")]
    [InlineData("authentication.k8s.io", "v1", "tokenreviews")]
    [InlineData("authentication.k8s.io", "v1", "selfsubjectreviews")]
    [InlineData("authorization.k8s.io", "v1", "subjectaccessreviews")]
    [InlineData("authorization.k8s.io", "v1", "localsubjectaccessreviews")]
    [InlineData("authorization.k8s.io", "v1", "selfsubjectaccessreviews")]
    [InlineData("authorization.k8s.io", "v1", "selfsubjectrulesreviews")]
    public void For_UnstoredResource_IsNull(string group, string version, string plural)
    {
        Assert.Null(StorageVersionHash.For(Scheme.Default.FindResource(group, version, plural)!));
    }

    [Fact]
    public void Compute_IsBase64OfFirstEightBytesOfSha256()
    {
        Assert.Equal("xPOwRZ+Yhw8=", StorageVersionHash.Compute("", "v1", "Pod"));
    }
}
