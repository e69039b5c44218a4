using System.Collections.Frozen;
using System.Reflection;
using Dotkube.Api.Meta;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Schema;

/// <summary>
/// The registry of kinds: group/version/kind, CLR type and resource name in both directions.
/// Built once from the <see cref="KubeKindAttribute"/>s in this assembly.
/// </summary>
public sealed class Scheme
{
    private readonly FrozenDictionary<GroupVersionKind, ResourceInfo> _byGvk;
    private readonly FrozenDictionary<Type, ResourceInfo> _byType;
    private readonly FrozenDictionary<(string Group, string Version, string Plural), ResourceInfo> _byResource;
    private readonly FrozenDictionary<Type, GroupVersionKind> _kindByType;

    public static Scheme Default { get; } = new(typeof(Scheme).Assembly);

    private Scheme(Assembly assembly)
    {
        var all = new List<ResourceInfo>();
        var kinds = new Dictionary<Type, GroupVersionKind>();
        foreach (var type in assembly.GetTypes())
        {
            var attribute = type.GetCustomAttribute<KubeKindAttribute>();
            if (attribute is not null)
            {
                var info = Describe(type, attribute);
                all.Add(info);
                kinds[type] = info.Gvk;
            }

            var bodyType = type.GetCustomAttribute<KubeTypeAttribute>();
            if (bodyType is not null)
            {
                kinds[type] = new GroupVersionKind(bodyType.Group, bodyType.Version, type.Name);
            }
        }

        _kindByType = kinds.ToFrozenDictionary();

        All = all.OrderBy(r => r.Group, StringComparer.Ordinal).ThenBy(r => r.Version, StringComparer.Ordinal)
            .ThenBy(r => r.Plural, StringComparer.Ordinal).ToArray();
        _byGvk = All.ToFrozenDictionary(r => r.Gvk);
        _byType = All.ToFrozenDictionary(r => r.ClrType);
        _byResource = All.ToFrozenDictionary(r => (r.Group, r.Version, r.Plural));
    }

    /// <summary>Every kind, ordered by group, version and resource.</summary>
    public IReadOnlyList<ResourceInfo> All { get; }

    public ResourceInfo? Find(GroupVersionKind gvk) => _byGvk.GetValueOrDefault(gvk);

    public ResourceInfo? Find(Type clrType) => _byType.GetValueOrDefault(clrType);

    public ResourceInfo? FindResource(string group, string version, string plural) =>
        _byResource.GetValueOrDefault((group, version, plural));

    /// <summary>The kind of a resource or of a non-resource body type (<see cref="KubeTypeAttribute"/>).</summary>
    public GroupVersionKind? KindOf(Type clrType) =>
        _kindByType.TryGetValue(clrType, out var gvk) ? gvk : null;

    /// <summary>Sets apiVersion and kind on an object from its CLR type, as the upstream codec does on encode.</summary>
    public void SetTypeMeta(TypeMeta obj)
    {
        var gvk = KindOf(obj.GetType())
            ?? throw new ArgumentException($"{obj.GetType().FullName} is not a registered kind", nameof(obj));
        obj.ApiVersion = gvk.ApiVersion;
        obj.Kind = gvk.Kind;
    }

    private static ResourceInfo Describe(Type type, KubeKindAttribute a)
    {
        var gvk = new GroupVersionKind(a.Group, a.Version, type.Name);
        var listType = typeof(KubeList<>).MakeGenericType(type);
        var typeInfo = (KubeJson.Options.TryGetTypeInfo(type, out var info) ? info : null)
            ?? throw new InvalidOperationException($"{type.FullName} is missing from ApiJsonContext");
        var verbs = a.Verbs ?? ResourceInfo.StandardVerbs;
        var listTypeInfo = KubeJson.Options.TryGetTypeInfo(listType, out var listInfo) ? listInfo : null;
        if (listTypeInfo is null && verbs.Contains("list"))
        {
            throw new InvalidOperationException($"KubeList<{type.Name}> is missing from ApiJsonContext");
        }

        return new ResourceInfo(
            gvk,
            a.Plural,
            a.Singular ?? type.Name.ToLowerInvariant(),
            a.Namespaced,
            a.ShortNames,
            a.Categories,
            a.Subresources,
            verbs,
            type,
            listType,
            typeInfo,
            listTypeInfo);
    }
}
