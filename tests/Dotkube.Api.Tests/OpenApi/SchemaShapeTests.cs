using System.Text.Json.Nodes;

namespace Dotkube.Api.Tests.OpenApi;

public class SchemaShapeTests
{
    private const string Core = "io.k8s.api.core.v1.";
    private const string Meta = "io.k8s.apimachinery.pkg.apis.meta.v1.";

    [Fact]
    public void Deployment_CarriesItsGroupVersionKind()
    {
        var gvk = Documents.Schema("apis/apps/v1", "io.k8s.api.apps.v1.Deployment")["x-kubernetes-group-version-kind"]!.AsArray();

        var entry = Assert.Single(gvk)!.AsObject();
        Assert.Equal("apps", (string?)entry["group"]);
        Assert.Equal("Deployment", (string?)entry["kind"]);
        Assert.Equal("v1", (string?)entry["version"]);
    }

    [Fact]
    public void DeploymentList_IsNamedPerKind_WithRequiredItemsAndItsOwnGroupVersionKind()
    {
        var list = Documents.Schema("apis/apps/v1", "io.k8s.api.apps.v1.DeploymentList");

        Assert.Equal(["items"], Documents.Required("apis/apps/v1", "io.k8s.api.apps.v1.DeploymentList"));
        Assert.Equal("DeploymentList", (string?)list["x-kubernetes-group-version-kind"]![0]!["kind"]);
        Assert.Equal("#/components/schemas/io.k8s.api.apps.v1.Deployment", Documents.Ref(list["properties"]!["items"]!["items"]!.AsObject()));
    }

    [Fact]
    public void PodSpecContainers_CarriesPatchMergeKeyAndStrategy()
    {
        var containers = Documents.Property("api/v1", Core + "PodSpec", "containers");

        Assert.Equal("name", (string?)containers["x-kubernetes-patch-merge-key"]);
        Assert.Equal("merge", (string?)containers["x-kubernetes-patch-strategy"]);
        Assert.Equal("map", (string?)containers["x-kubernetes-list-type"]);
        Assert.Equal("array", (string?)containers["type"]);
        Assert.Contains("containers", Documents.Required("api/v1", Core + "PodSpec"));
    }

    [Fact]
    public void ContainerPorts_AreAMapListKeyedByPortAndProtocol()
    {
        var ports = Documents.Property("api/v1", Core + "Container", "ports");

        Assert.Equal("containerPort", (string?)ports["x-kubernetes-patch-merge-key"]);
        Assert.Equal(["containerPort", "protocol"], ports["x-kubernetes-list-map-keys"]!.AsArray().Select(k => (string)k!));
    }

    [Fact]
    public void ContainerPort_ContainerPortIsARequiredInt32()
    {
        var port = Documents.Property("api/v1", Core + "ContainerPort", "containerPort");

        Assert.Equal("integer", (string?)port["type"]);
        Assert.Equal("int32", (string?)port["format"]);
        Assert.Equal(0, (int?)port["default"]);
        Assert.Equal(["containerPort"], Documents.Required("api/v1", Core + "ContainerPort"));
    }

    [Fact]
    public void Quantity_IsAStringOrANumber_AsUpstreamV3()
    {
        var quantity = Documents.Schema("api/v1", "io.k8s.apimachinery.pkg.api.resource.Quantity");

        Assert.Equal(["string", "number"], quantity["oneOf"]!.AsArray().Select(o => (string)o!["type"]!));
        var limits = Documents.Property("api/v1", Core + "ResourceRequirements", "limits");
        Assert.Equal("#/components/schemas/io.k8s.apimachinery.pkg.api.resource.Quantity", (string?)limits["additionalProperties"]!["$ref"]);
    }

    [Fact]
    public void IntOrString_HasTheIntOrStringFormat()
    {
        var intOrString = Documents.Schema("api/v1", "io.k8s.apimachinery.pkg.util.intstr.IntOrString");

        Assert.Equal("int-or-string", (string?)intOrString["format"]);
        Assert.Equal(["integer", "string"], intOrString["oneOf"]!.AsArray().Select(o => (string)o!["type"]!));
    }

    [Theory]
    [InlineData("api/v1", Meta + "ObjectMeta", "creationTimestamp", Meta + "Time")]
    [InlineData("apis/coordination.k8s.io/v1", "io.k8s.api.coordination.v1.LeaseSpec", "renewTime", Meta + "MicroTime")]
    [InlineData("api/v1", Core + "PodCondition", "lastProbeTime", Meta + "Time")]
    [InlineData("api/v1", Core + "Event", "eventTime", Meta + "MicroTime")]
    [InlineData("apis/apps/v1", "io.k8s.api.apps.v1.ControllerRevision", "data", "io.k8s.apimachinery.pkg.runtime.RawExtension")]
    [InlineData("api/v1", Meta + "ManagedFieldsEntry", "fieldsV1", Meta + "FieldsV1")]
    [InlineData("api/v1", Meta + "WatchEvent", "object", "io.k8s.apimachinery.pkg.runtime.RawExtension")]
    [InlineData("apis/apiextensions.k8s.io/v1", "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps", "default", "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON")]
    [InlineData("apis/apiextensions.k8s.io/v1", "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps", "items", "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrArray")]
    public void SpecialValues_ReferenceUpstreamsDefinitions(string gv, string schema, string property, string target)
    {
        Assert.Equal("#/components/schemas/" + target, Documents.Ref(Documents.Property(gv, schema, property)));
    }

    [Fact]
    public void TimeDefinitions_AreDateTimeStrings()
    {
        foreach (var name in new[] { "Time", "MicroTime" })
        {
            var time = Documents.Schema("api/v1", Meta + name);

            Assert.Equal("string", (string?)time["type"]);
            Assert.Equal("date-time", (string?)time["format"]);
        }
    }

    [Fact]
    public void NonPointerStruct_IsWrappedInAllOfWithEmptyDefault_AndOptional()
    {
        var spec = Documents.Property("apis/apps/v1", "io.k8s.api.apps.v1.Deployment", "spec");

        Assert.Equal("#/components/schemas/io.k8s.api.apps.v1.DeploymentSpec", (string?)spec["allOf"]![0]!["$ref"]);
        Assert.Equal("{}", spec["default"]!.ToJsonString());
        Assert.Null(spec["$ref"]);
        Assert.Empty(Documents.Required("apis/apps/v1", "io.k8s.api.apps.v1.Deployment"));
    }

    [Fact]
    public void RequiredPointerAndStructFields_FollowUpstream()
    {
        Assert.Equal(["selector", "template"], Documents.Required("apis/apps/v1", "io.k8s.api.apps.v1.DeploymentSpec"));
        Assert.Equal(["selector"], Documents.Required("apis/apps/v1", "io.k8s.api.apps.v1.ReplicaSetSpec"));
        Assert.Equal(["type", "status"], Documents.Required("apis/apps/v1", "io.k8s.api.apps.v1.DeploymentCondition"));
    }

    [Fact]
    public void NonPointerTimes_AreOptional_UnlessUpstreamRequiresThem()
    {
        Assert.Equal(["type", "status"], Documents.Required("api/v1", Core + "PodCondition"));
        Assert.DoesNotContain("creationTimestamp", Documents.Required("api/v1", Meta + "ObjectMeta"));
        Assert.Contains("lastTransitionTime", Documents.Required("api/v1", Meta + "Condition"));
        Assert.Equal(["eventTime"], Documents.Required("apis/events.k8s.io/v1", "io.k8s.api.events.v1.Event"));
    }

    [Theory]
    [InlineData("api/v1", Meta + "ObjectMeta", "generation", "integer", "int64")]
    [InlineData("api/v1", Core + "ContainerPort", "hostPort", "integer", "int32")]
    [InlineData("api/v1", Core + "Secret", "type", "string", null)]
    [InlineData("api/v1", Core + "PodSpec", "hostNetwork", "boolean", null)]
    [InlineData("api/v1", Core + "ConfigMap", "immutable", "boolean", null)]
    public void Scalars_HaveUpstreamTypeAndFormat(string gv, string schema, string property, string type, string? format)
    {
        var value = Documents.Property(gv, schema, property);

        Assert.Equal(type, (string?)value["type"]);
        Assert.Equal(format, (string?)value["format"]);
    }

    [Fact]
    public void Maps_UseAdditionalProperties_AndBytesAreBase64()
    {
        var labels = Documents.Property("api/v1", Meta + "ObjectMeta", "labels");
        var data = Documents.Property("api/v1", Core + "Secret", "data");

        Assert.Equal("object", (string?)labels["type"]);
        Assert.Equal("string", (string?)labels["additionalProperties"]!["type"]);
        Assert.Equal("byte", (string?)data["additionalProperties"]!["format"]);
    }

    [Fact]
    public void SharedMetaKinds_ListEveryServedGroupVersion()
    {
        var gvks = Documents.Schema("apis/apps/v1", Meta + "DeleteOptions")["x-kubernetes-group-version-kind"]!.AsArray();

        Assert.Contains(gvks, g => (string?)g!["group"] == "" && (string?)g["version"] == "v1");
        Assert.Contains(gvks, g => (string?)g!["group"] == "apps");
        Assert.All(gvks, g => Assert.Equal("DeleteOptions", (string?)g!["kind"]));
    }

    [Fact]
    public void Documents_HoldOnlyWhatTheirGroupVersionReaches()
    {
        var apps = Documents.Get("apis/apps/v1")["components"]!["schemas"]!.AsObject();

        Assert.True(apps.ContainsKey(Core + "PodTemplateSpec"));
        Assert.True(apps.ContainsKey("io.k8s.api.autoscaling.v1.Scale"));
        Assert.False(apps.ContainsKey(Core + "Pod"));
        Assert.False(apps.ContainsKey("io.k8s.api.batch.v1.Job"));
    }

    [Fact]
    public void Schemas_NeverDescribeIgnoredMembers()
    {
        var list = Documents.Schema("api/v1", Core + "PodList")["properties"]!.AsObject();

        Assert.Equal(["apiVersion", "items", "kind", "metadata"], list.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Json_IsCompactWithSortedKeys()
    {
        var text = System.Text.Encoding.UTF8.GetString(Dotkube.Api.OpenApi.OpenApiDocuments.Default.Get("apis/coordination.k8s.io/v1"));

        Assert.StartsWith("{\"components\":{\"schemas\":{", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text, StringComparison.Ordinal);
        var names = JsonNode.Parse(text)!["components"]!["schemas"]!.AsObject().Select(p => p.Key).ToArray();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }
}
