using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Informers;
using static Dotkube.Client.Tests.Support.TestObjects;

namespace Dotkube.Client.Tests.Informers;

public sealed class IndexerTests
{
    private static Pod OwnedPod(string ns, string name, string? node = null, params string[] ownerUids)
    {
        var pod = Pod(ns, name);
        pod.Spec.NodeName = node;
        pod.Metadata.OwnerReferences = [.. ownerUids.Select(uid => new OwnerReference { ApiVersion = "apps/v1", Kind = "ReplicaSet", Name = "rs", Uid = uid })];
        return pod;
    }

    [Fact]
    public void Get_ByNamespaceAndName_ReturnsTheStoredInstance()
    {
        var indexer = new Indexer<Pod>();
        var pod = Pod("ns1", "web");
        indexer.Upsert(pod);

        Assert.Same(pod, indexer.Get("ns1/web"));
        Assert.Same(pod, indexer.Get("ns1", "web"));
        Assert.Null(indexer.Get("ns2/web"));
    }

    [Fact]
    public void Upsert_ClusterScoped_KeyIsTheName()
    {
        var indexer = new Indexer<Node>();
        indexer.Upsert(new Node { Metadata = new ObjectMeta { Name = "n1" } });

        Assert.Equal(["n1"], indexer.ListKeys());
        Assert.Empty(indexer.IndexValues(Indexers.Namespace));
    }

    [Fact]
    public void BuiltInIndexes_FindByNamespaceOwnerAndNode()
    {
        var indexer = new Indexer<Pod>();
        indexer.Upsert(OwnedPod("a", "p1", "node-1", "uid-1"));
        indexer.Upsert(OwnedPod("a", "p2", "node-2", "uid-1", "uid-2"));
        indexer.Upsert(OwnedPod("b", "p3", null));

        Assert.Equal(["a/p1", "a/p2"], indexer.IndexKeys(Indexers.Namespace, "a").Order());
        Assert.Equal(["a/p1", "a/p2"], indexer.IndexKeys(Indexers.OwnerUid, "uid-1").Order());
        Assert.Equal(["a/p2"], indexer.IndexKeys(Indexers.OwnerUid, "uid-2"));
        Assert.Equal("p1", Assert.Single(indexer.ByIndex(Indexers.NodeName, "node-1")).Metadata.Name);
        Assert.Equal(["node-1", "node-2"], indexer.IndexValues(Indexers.NodeName).Order());
    }

    [Fact]
    public void Upsert_ChangedObject_MovesItBetweenIndexValues()
    {
        var indexer = new Indexer<Pod>();
        indexer.Upsert(OwnedPod("a", "p1", "node-1", "uid-1"));

        var old = indexer.Upsert(OwnedPod("a", "p1", "node-2", "uid-2"));

        Assert.Equal("node-1", old!.Spec.NodeName);
        Assert.Empty(indexer.ByIndex(Indexers.NodeName, "node-1"));
        Assert.Empty(indexer.ByIndex(Indexers.OwnerUid, "uid-1"));
        Assert.Single(indexer.ByIndex(Indexers.NodeName, "node-2"));
        Assert.Equal(["node-2"], indexer.IndexValues(Indexers.NodeName));
    }

    [Fact]
    public void Delete_RemovesObjectFromEveryIndex()
    {
        var indexer = new Indexer<Pod>();
        var pod = OwnedPod("a", "p1", "node-1", "uid-1");
        indexer.Upsert(pod);

        Assert.Same(pod, indexer.Delete("a/p1"));

        Assert.Equal(0, indexer.Count);
        Assert.Empty(indexer.IndexValues(Indexers.Namespace));
        Assert.Empty(indexer.IndexValues(Indexers.OwnerUid));
        Assert.Empty(indexer.IndexValues(Indexers.NodeName));
        Assert.Null(indexer.Delete("a/p1"));
    }

    [Fact]
    public void AddIndex_Custom_IndexesExistingAndLaterObjects()
    {
        var indexer = new Indexer<ConfigMap>();
        indexer.Upsert(ConfigMap("a", "c1", new() { ["app"] = "web" }));
        indexer.AddIndex("app", cm => cm.Metadata.Labels?.TryGetValue("app", out var app) == true ? [app] : []);
        indexer.Upsert(ConfigMap("a", "c2", new() { ["app"] = "web" }));
        indexer.Upsert(ConfigMap("a", "c3", new() { ["app"] = "db" }));

        Assert.Equal(["a/c1", "a/c2"], indexer.IndexKeys("app", "web").Order());

        indexer.Upsert(ConfigMap("a", "c1", new() { ["app"] = "db" }));
        Assert.Equal(["a/c2"], indexer.IndexKeys("app", "web"));
        Assert.Equal(["a/c1", "a/c3"], indexer.IndexKeys("app", "db").Order());
    }

    [Fact]
    public void AddIndex_DuplicateName_Throws()
    {
        var indexer = new Indexer<ConfigMap>();
        Assert.Throws<ArgumentException>(() => indexer.AddIndex(Indexers.Namespace, _ => []));
    }

    [Fact]
    public void ByIndex_UnknownIndex_Throws()
    {
        var indexer = new Indexer<ConfigMap>();
        Assert.Throws<KeyNotFoundException>(() => indexer.ByIndex("nope", "x"));
    }

    [Fact]
    public void Replace_ReportsOldStatesAndRemovedObjects()
    {
        var indexer = new Indexer<ConfigMap>();
        var kept = ConfigMap("a", "kept");
        var gone = ConfigMap("a", "gone");
        indexer.Upsert(kept);
        indexer.Upsert(gone);

        var (upserted, removed) = indexer.Replace([ConfigMap("a", "kept"), ConfigMap("b", "new")]);

        Assert.Equal([kept, null], upserted.Select(u => u.Old));
        Assert.Same(gone, Assert.Single(removed));
        Assert.Equal(["a/kept", "b/new"], indexer.ListKeys().Order());
        Assert.Equal(["b/new"], indexer.IndexKeys(Indexers.Namespace, "b"));
        Assert.Equal(["a/kept"], indexer.IndexKeys(Indexers.Namespace, "a"));
    }

    [Fact]
    public void Lister_FiltersByNamespaceAndSelector()
    {
        var indexer = new Indexer<ConfigMap>();
        indexer.Upsert(ConfigMap("a", "web", new() { ["tier"] = "web" }));
        indexer.Upsert(ConfigMap("a", "db", new() { ["tier"] = "db" }));
        indexer.Upsert(ConfigMap("b", "web", new() { ["tier"] = "web" }));
        var lister = new Lister<ConfigMap>(indexer);

        Assert.Equal(3, lister.List().Count);
        Assert.Equal(2, lister.List("a").Count);
        Assert.Equal(2, lister.List(null, Dotkube.Api.Selectors.Selector.Parse("tier=web")).Count);
        Assert.Equal("db", Assert.Single(lister.List("a", Dotkube.Api.Selectors.Selector.Parse("tier!=web"))).Metadata.Name);
        Assert.NotNull(lister.Get("b", "web"));
        Assert.Null(lister.Get("b", "db"));
    }

    [Theory]
    [InlineData("ns/name", "ns", "name")]
    [InlineData("name", null, "name")]
    public void ObjectKeys_Split_InvertsFor(string key, string? ns, string name)
    {
        Assert.Equal((ns, name), ObjectKeys.Split(key));
        Assert.Equal(key, ObjectKeys.For(ns, name));
    }
}
