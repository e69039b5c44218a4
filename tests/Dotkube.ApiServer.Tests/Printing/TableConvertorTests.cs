using System.Text.Json;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Schema;
using Dotkube.Api.Serialization;
using Dotkube.ApiServer.Printing;

namespace Dotkube.ApiServer.Tests.Printing;

public sealed class TableConvertorTests
{
    private static readonly DateTimeOffset Now = GoldenTableTests.Now;

    public static TheoryData<string> ListableResources =>
        [.. Scheme.Default.All.Where(r => r.HasVerb("list")).Select(r => r.Group + "/" + r.Version + "/" + r.Plural)];

    [Theory]
    [MemberData(nameof(ListableResources))]
    public void Convert_EveryListableResource_HasOneCellPerColumnAndOneNameColumn(string key)
    {
        var resource = Find(key);
        var obj = (KubeObject)Activator.CreateInstance(resource.ClrType)!;
        obj.Metadata.Name = "sample";
        obj.Metadata.CreationTimestamp = Now.AddMinutes(-5);

        var table = TableConvertor.Default.Convert([obj, obj], resource, TableOptions.Default, Now);

        Assert.NotEmpty(table.ColumnDefinitions);
        Assert.All(table.Rows, row => Assert.Equal(table.ColumnDefinitions.Count, row.Cells.Count));
        var name = Assert.Single(table.ColumnDefinitions, c => c.Format == "name");
        Assert.Equal(("Name", "string"), (name.Name, name.Type));
        Assert.Equal("sample", table.Rows[0].Cells[table.ColumnDefinitions.IndexOf(name)].GetString());
        Assert.All(table.ColumnDefinitions, c => Assert.Contains(c.Type, new[] { "string", "integer", "boolean", "date" }));
    }

    [Fact]
    public void Convert_ResourceWithoutPrinter_IsTheDefaultTable()
    {
        var role = new Api.Rbac.V1.Role { Metadata = { Name = "reader", CreationTimestamp = Now.AddDays(-3) } };

        var table = TableConvertor.Default.Convert([role], Resource.Get("rbac.authorization.k8s.io", "v1", "roles"), TableOptions.Default, Now);

        Assert.Equal(
            [("Name", "string", "name"), ("Created At", "date", "")],
            table.ColumnDefinitions.Select(c => (c.Name, c.Type, c.Format)));
        Assert.Equal(["reader", "2024-04-28T12:00:00Z"], table.Rows[0].Cells.Select(c => c.GetString()));
    }

    [Fact]
    public void Convert_DefaultOptions_RowObjectIsPartialObjectMetadata()
    {
        var pod = SamplePod();

        var row = TableConvertor.Default.Convert([pod], Resource.Pods, TableOptions.Default, Now).Rows[0];

        var obj = row.Object!.Value;
        Assert.Equal("meta.k8s.io/v1", obj.GetProperty("apiVersion").GetString());
        Assert.Equal("PartialObjectMetadata", obj.GetProperty("kind").GetString());
        Assert.Equal("web", obj.GetProperty("metadata").GetProperty("name").GetString());
        Assert.Equal("1", obj.GetProperty("metadata").GetProperty("resourceVersion").GetString());
        Assert.False(obj.TryGetProperty("spec", out _));
    }

    [Fact]
    public void Convert_IncludeObject_RowObjectIsTheFullObject()
    {
        var row = TableConvertor.Default.Convert(
            [SamplePod()], Resource.Pods, new TableOptions { IncludeObject = IncludeObjectPolicy.Object }, Now).Rows[0];

        var obj = row.Object!.Value;
        Assert.Equal(("v1", "Pod"), (obj.GetProperty("apiVersion").GetString(), obj.GetProperty("kind").GetString()));
        Assert.Equal("nginx", obj.GetProperty("spec").GetProperty("containers")[0].GetProperty("image").GetString());
    }

    [Fact]
    public void Convert_IncludeNone_RowHasNoObject()
    {
        var row = TableConvertor.Default.Convert(
            [SamplePod()], Resource.Pods, new TableOptions { IncludeObject = IncludeObjectPolicy.None }, Now).Rows[0];

        Assert.Null(row.Object);
    }

    [Fact]
    public void Convert_NoHeaders_OmitsColumnsButKeepsCells()
    {
        var table = TableConvertor.Default.Convert([SamplePod()], Resource.Pods, new TableOptions { NoHeaders = true }, Now);

        Assert.Empty(table.ColumnDefinitions);
        Assert.Equal(9, table.Rows[0].Cells.Count);
    }

    [Fact]
    public void Convert_ListMeta_IsCopiedIntoTheTable()
    {
        var table = TableConvertor.Default.Convert(
            [], Resource.Pods, TableOptions.Default, Now, new ListMeta { ResourceVersion = "42", Continue = "token" });

        Assert.Equal(("42", "token"), (table.Metadata.ResourceVersion, table.Metadata.Continue));
        Assert.Empty(table.Rows);
        Assert.Equal(("meta.k8s.io/v1", "Table"), (table.ApiVersion, table.Kind));
    }

    [Fact]
    public void Convert_Cells_AreJsonValuesOfUpstreamsGoTypes()
    {
        var replicaSet = Yaml.Decode<Api.Apps.V1.ReplicaSet>("apps/v1", "ReplicaSet", "spec: {replicas: 3}\nstatus: {replicas: 2}");
        var storageClass = Yaml.Decode<Api.Storage.V1.StorageClass>("storage.k8s.io/v1", "StorageClass", "provisioner: p");

        var replicaSetCells = TableConvertor.Default.Convert([replicaSet], Resource.Get("apps", "v1", "replicasets"), TableOptions.Default, Now).Rows[0].Cells;
        var storageClassCells = TableConvertor.Default.Convert([storageClass], Resource.Get("storage.k8s.io", "v1", "storageclasses"), TableOptions.Default, Now).Rows[0].Cells;
        var podCells = TableConvertor.Default.Convert([SamplePod()], Resource.Pods, TableOptions.Default, Now).Rows[0].Cells;

        Assert.Equal(JsonValueKind.Number, replicaSetCells[1].ValueKind);
        Assert.Equal(3, replicaSetCells[1].GetInt64());
        Assert.Equal(JsonValueKind.False, storageClassCells[4].ValueKind);
        Assert.Equal(JsonValueKind.String, podCells[3].ValueKind);
    }

    [Fact]
    public void Convert_WideColumns_AreFilledAndMarkedPriorityOne()
    {
        var table = TableConvertor.Default.Convert([SamplePod()], Resource.Pods, TableOptions.Default, Now);

        Assert.Equal(
            ["IP", "Node", "Nominated Node", "Readiness Gates"],
            table.ColumnDefinitions.Where(c => c.Priority == 1).Select(c => c.Name));
        Assert.Equal(["10.42.0.5", "node-a", "<none>", "<none>"], table.Rows[0].Cells.Skip(5).Select(c => c.GetString()));
    }

    [Fact]
    public void Convert_Table_SerializesAsUpstreamsJson()
    {
        var table = TableConvertor.Default.Convert([SamplePod()], Resource.Pods, TableOptions.Default, Now);

        using var json = JsonDocument.Parse(KubeJson.SerializeObject(table));

        var root = json.RootElement;
        Assert.Equal("Table", root.GetProperty("kind").GetString());
        Assert.Equal("Name", root.GetProperty("columnDefinitions")[0].GetProperty("name").GetString());
        Assert.Equal("1/1", root.GetProperty("rows")[0].GetProperty("cells")[1].GetString());
        Assert.Equal("PartialObjectMetadata", root.GetProperty("rows")[0].GetProperty("object").GetProperty("kind").GetString());
    }

    [Fact]
    public void Columns_EditedByCaller_DoNotChangeLaterTables()
    {
        var first = TableConvertor.Default.Convert([], Resource.Pods, TableOptions.Default, Now);
        first.ColumnDefinitions[0].Name = "Changed";

        Assert.Equal("Name", TableConvertor.Default.Convert([], Resource.Pods, TableOptions.Default, Now).ColumnDefinitions[0].Name);
    }

    [Theory]
    [InlineData(null, IncludeObjectPolicy.Metadata)]
    [InlineData("", IncludeObjectPolicy.Metadata)]
    [InlineData("Metadata", IncludeObjectPolicy.Metadata)]
    [InlineData("Object", IncludeObjectPolicy.Object)]
    [InlineData("None", IncludeObjectPolicy.None)]
    public void TryParseIncludeObject_KnownValue_Parses(string? value, IncludeObjectPolicy expected)
    {
        Assert.True(TableOptions.TryParseIncludeObject(value, out var policy, out var error));
        Assert.Equal(expected, policy);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("object")]
    [InlineData("Everything")]
    public void TryParseIncludeObject_UnknownValue_GivesUpstreamsMessage(string value)
    {
        Assert.False(TableOptions.TryParseIncludeObject(value, out _, out var error));
        Assert.Equal(
            $"Unable to convert to Table as requested: includeObject: Invalid value: \"{value}\": must be 'Metadata', 'Object', 'None', or empty",
            error);
    }

    private static Pod SamplePod()
    {
        var pod = Yaml.Decode<Pod>("v1", "Pod", """
            spec: {nodeName: node-a, containers: [{name: web, image: nginx}]}
            status:
              phase: Running
              podIPs: [{ip: 10.42.0.5}]
              containerStatuses: [{name: web, ready: true, restartCount: 0, image: nginx, imageID: '', state: {running: {}}}]
            """);
        pod.Metadata.Name = "web";
        pod.Metadata.ResourceVersion = "1";
        return pod;
    }

    private static ResourceInfo Find(string key)
    {
        var parts = key.Split('/');
        return Resource.Get(parts[0], parts[1], parts[2]);
    }
}
