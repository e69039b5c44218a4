using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dotkube.Api.ApiExtensions.V1;
using Dotkube.Api.Schema;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.ApiExtensions.V1;

public class CustomResourceDefinitionJsonTests
{
    private const string CrdJson = """
        {
          "kind": "CustomResourceDefinition",
          "apiVersion": "apiextensions.k8s.io/v1",
          "metadata": { "name": "widgets.example.com", "creationTimestamp": null, "finalizers": [ "customresourcecleanup.apiextensions.k8s.io" ] },
          "spec": {
            "group": "example.com",
            "names": { "plural": "widgets", "singular": "widget", "shortNames": [ "wd" ], "kind": "Widget", "listKind": "WidgetList", "categories": [ "all" ] },
            "scope": "Namespaced",
            "versions": [
              {
                "name": "v1",
                "served": true,
                "storage": true,
                "schema": {
                  "openAPIV3Schema": {
                    "$schema": "http://json-schema.org/draft-04/schema#",
                    "type": "object",
                    "description": "A widget.",
                    "required": [ "spec" ],
                    "properties": {
                      "spec": {
                        "type": "object",
                        "x-kubernetes-validations": [
                          { "rule": "self.minReplicas <= self.replicas", "message": "replicas below minimum", "reason": "FieldValueInvalid", "fieldPath": ".replicas" },
                          { "rule": "self.size == oldSelf.size", "messageExpression": "'size is immutable'", "optionalOldSelf": true }
                        ],
                        "properties": {
                          "replicas": { "type": "integer", "format": "int32", "minimum": 0, "maximum": 100, "exclusiveMaximum": true, "default": 1 },
                          "minReplicas": { "type": "integer", "multipleOf": 1 },
                          "size": { "type": "string", "enum": [ "small", "large", null ], "nullable": true, "example": "small" },
                          "port": { "x-kubernetes-int-or-string": true, "anyOf": [ { "type": "integer" }, { "type": "string" } ] },
                          "tags": { "type": "array", "items": { "type": "string", "pattern": "^[a-z]+$", "maxLength": 63 }, "x-kubernetes-list-type": "set", "maxItems": 10, "uniqueItems": true },
                          "pair": { "type": "array", "items": [ { "type": "string" }, { "type": "integer" } ], "additionalItems": false },
                          "routes": {
                            "type": "array",
                            "x-kubernetes-list-type": "map",
                            "x-kubernetes-list-map-keys": [ "name" ],
                            "items": { "type": "object", "required": [ "name" ], "properties": { "name": { "type": "string" } } }
                          },
                          "labels": { "type": "object", "additionalProperties": { "type": "string" }, "x-kubernetes-map-type": "atomic", "maxProperties": 64 },
                          "anything": { "type": "object", "additionalProperties": true, "x-kubernetes-preserve-unknown-fields": true },
                          "closed": { "type": "object", "additionalProperties": false },
                          "template": { "type": "object", "x-kubernetes-embedded-resource": true, "x-kubernetes-preserve-unknown-fields": true },
                          "ref": { "$ref": "#/definitions/Ref" },
                          "both": { "type": "object", "dependencies": { "a": [ "b", "c" ], "d": { "required": [ "e" ] } } },
                          "docs": { "type": "string", "title": "Docs", "externalDocs": { "description": "More", "url": "https://example.com/docs" } }
                        }
                      },
                      "status": { "type": "object", "x-kubernetes-preserve-unknown-fields": true }
                    },
                    "definitions": { "Ref": { "type": "string" } }
                  }
                },
                "subresources": {
                  "status": {},
                  "scale": { "specReplicasPath": ".spec.replicas", "statusReplicasPath": ".status.replicas", "labelSelectorPath": ".status.selector" }
                },
                "additionalPrinterColumns": [
                  { "name": "Replicas", "type": "integer", "jsonPath": ".spec.replicas" },
                  { "name": "Size", "type": "string", "description": "Widget size", "priority": 1, "format": "", "jsonPath": ".spec.size" }
                ],
                "selectableFields": [ { "jsonPath": ".spec.size" } ]
              },
              { "name": "v1beta1", "served": true, "storage": false, "deprecated": true, "deprecationWarning": "example.com/v1beta1 Widget is deprecated" }
            ],
            "conversion": {
              "strategy": "Webhook",
              "webhook": {
                "clientConfig": {
                  "service": { "namespace": "widgets", "name": "converter", "path": "/convert", "port": 8443 },
                  "caBundle": "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t"
                },
                "conversionReviewVersions": [ "v1" ]
              }
            }
          },
          "status": {
            "conditions": [
              { "type": "NamesAccepted", "status": "True", "lastTransitionTime": "2024-05-01T10:00:00Z", "reason": "NoConflicts", "message": "no conflicts found" },
              { "type": "Established", "status": "True", "lastTransitionTime": "2024-05-01T10:00:00Z", "reason": "InitialNamesAccepted", "message": "the initial names have been accepted" }
            ],
            "acceptedNames": { "plural": "widgets", "singular": "widget", "shortNames": [ "wd" ], "kind": "Widget", "listKind": "WidgetList", "categories": [ "all" ] },
            "storedVersions": [ "v1" ]
          }
        }
        """;

    [Fact]
    public void RoundTrip_CrdWithNestedSchema_IsSemanticallyEqual()
    {
        var crd = KubeJson.Deserialize<CustomResourceDefinition>(Encoding.UTF8.GetBytes(CrdJson));

        var json = KubeJson.Serialize(crd);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(CrdJson), JsonNode.Parse(json)), Encoding.UTF8.GetString(json));
    }

    [Fact]
    public void Deserialize_SchemaUnions_ReadsEachForm()
    {
        var crd = KubeJson.Deserialize<CustomResourceDefinition>(Encoding.UTF8.GetBytes(CrdJson));
        var props = crd.Spec.Versions[0].Schema!.OpenAPIV3Schema!.Properties!["spec"].Properties!;

        Assert.Equal("string", props["tags"].Items!.Schema!.Type);
        Assert.Null(props["tags"].Items!.JSONSchemas);
        Assert.Equal(["string", "integer"], props["pair"].Items!.JSONSchemas!.Select(s => s.Type));
        Assert.False(props["pair"].AdditionalItems!.Allows);
        Assert.Equal("string", props["labels"].AdditionalProperties!.Schema!.Type);
        Assert.True(props["labels"].AdditionalProperties!.Allows);
        Assert.True(props["anything"].AdditionalProperties!.Allows);
        Assert.Null(props["anything"].AdditionalProperties!.Schema);
        Assert.False(props["closed"].AdditionalProperties!.Allows);
        Assert.Equal(["b", "c"], props["both"].Dependencies!["a"].Property!);
        Assert.Equal(["e"], props["both"].Dependencies!["d"].Schema!.Required!);
        Assert.Equal("#/definitions/Ref", props["ref"].Ref);
        Assert.Equal(JsonValueKind.Null, props["size"].Enum![2].ValueKind);
        Assert.Equal(1, props["replicas"].Default!.Value.GetInt32());
        Assert.True(props["port"].XIntOrString);
        Assert.Equal(["name"], props["routes"].XListMapKeys!);
        Assert.True(crd.Spec.Versions[0].Schema!.OpenAPIV3Schema!.Properties!["spec"].XValidations![1].OptionalOldSelf);
    }

    [Fact]
    public void Deserialize_AdditionalPropertiesNumber_FailsAsUpstream()
    {
        var error = Assert.Throws<JsonException>(() =>
            KubeJson.Deserialize<JSONSchemaProps>("""{"additionalProperties":1}"""u8));

        Assert.Contains("boolean or JSON schema expected", error.Message);
    }

    [Fact]
    public void Serialize_ItemsWithEmptyArray_WritesNullAsUpstream()
    {
        var schema = new JSONSchemaProps { Type = "array", Items = new JSONSchemaPropsOrArray { JSONSchemas = [] } };

        var json = Encoding.UTF8.GetString(KubeJson.Serialize(schema));

        Assert.Equal("""{"type":"array","items":null}""", json);
    }

    [Fact]
    public void Serialize_EmptyCrd_WritesSpecAndStatusWithRequiredFields()
    {
        var json = Encoding.UTF8.GetString(KubeJson.Serialize(new CustomResourceDefinition()));

        Assert.Equal(
            """{"metadata":{"creationTimestamp":null},"spec":{"group":"","names":{"plural":"","kind":""},"scope":"","versions":[]},"status":{"conditions":[],"acceptedNames":{"plural":"","kind":""},"storedVersions":[]}}""",
            json);
    }

    [Fact]
    public void Scheme_Crd_ResolvesByPluralAndShortName()
    {
        var info = Scheme.Default.FindResource("apiextensions.k8s.io", "v1", "customresourcedefinitions");

        Assert.NotNull(info);
        Assert.Equal(typeof(CustomResourceDefinition), info.ClrType);
        Assert.False(info.Namespaced);
        Assert.Equal(["crd", "crds"], info.ShortNames);
        Assert.Equal(["api-extensions"], info.Categories);
        Assert.Equal(["status"], info.Subresources);
        Assert.Same(info, Scheme.Default.All.Single(r => r.ShortNames.Contains("crds")));
    }
}
