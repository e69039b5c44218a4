using System.Text.Json.Serialization.Metadata;
using Dotkube.Api.Protobuf;
using Dotkube.Api.Schema;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Protobuf;

/// <summary>
/// The generated table against our object model: every served kind has a message, and every
/// proto field of a message that maps to one of our types has a JSON property of that name.
/// </summary>
public class ProtoSchemaTests
{
    /// <summary>Proto fields our types deliberately lack, with why.</summary>
    private static readonly Dictionary<string, string> MissingFields = new(StringComparer.Ordinal)
    {
        // The apiextensions table comes from a generated.proto newer than 1.32 (generate.py);
        // these fields arrived later, kubectl 1.32 cannot send them, and our types keep the 1.32 shape.
        ["k8s.io.apiextensions_apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionCondition.observedGeneration"] = "after 1.32",
        ["k8s.io.apiextensions_apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionStatus.observedGeneration"] = "after 1.32",
        ["k8s.io.apiextensions_apiserver.pkg.apis.apiextensions.v1.WebhookClientConfig.clusterTrustBundle"] = "after 1.32",
    };

    [Fact]
    public void FindKind_EveryServedKind_HasAMessage()
    {
        var missing = Scheme.Default.All
            .Where(r => ProtoSchema.FindKind(r.ApiVersion, r.Kind) is null)
            .Select(r => r.ApiVersion + " " + r.Kind)
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Fields_OfMessagesWithOurTypes_AllHaveJsonProperties()
    {
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        var visited = new HashSet<(ProtoMessage, Type)>();
        foreach (var resource in Scheme.Default.All)
        {
            Walk(ProtoSchema.FindKind(resource.ApiVersion, resource.Kind)!, resource.TypeInfo, missing, visited);
        }

        var unexpected = missing.Where(m => !MissingFields.ContainsKey(m)).ToList();
        var stale = MissingFields.Keys.Where(m => !missing.Contains(m)).ToList();
        Assert.True(unexpected.Count == 0, "proto fields with no JSON property:\n" + string.Join("\n", unexpected));
        Assert.True(stale.Count == 0, "exceptions no longer needed:\n" + string.Join("\n", stale));
    }

    private static void Walk(ProtoMessage message, JsonTypeInfo type, SortedSet<string> missing, HashSet<(ProtoMessage, Type)> visited)
    {
        if (type.Kind != JsonTypeInfoKind.Object || !visited.Add((message, type.Type)))
        {
            return;
        }

        var properties = type.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var field in message.Fields)
        {
            if (field.Inline)
            {
                Walk(field.Message!, type, missing, visited);
                continue;
            }

            if (!properties.TryGetValue(field.JsonName, out var property))
            {
                missing.Add(message.FullName + "." + field.JsonName);
                continue;
            }

            var nested = field.Type == ProtoType.Map ? field.ValueMessage : field.Message;
            if (nested is { Special: ProtoSpecial.None })
            {
                var propertyType = TypeInfo(property.PropertyType);
                if (field.Repeated || field.Type == ProtoType.Map)
                {
                    propertyType = propertyType.ElementType is { } element ? TypeInfo(element) : propertyType;
                }

                Walk(nested, propertyType, missing, visited);
            }
        }
    }

    private static JsonTypeInfo TypeInfo(Type type) =>
        KubeJson.Options.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type);
}
