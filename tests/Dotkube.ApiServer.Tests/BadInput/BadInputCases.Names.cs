using System.Text.Json.Nodes;
using static Dotkube.ApiServer.Tests.BadInput.Bodies;
using static Dotkube.ApiServer.Tests.BadInput.Upstream;
using static Dotkube.ApiServer.Tests.BadInput.UpstreamMessages;

namespace Dotkube.ApiServer.Tests.BadInput;

public static partial class BadInputCases
{
    /// <summary>
    /// Names, labels and annotations ValidateObjectMeta refuses (422 Invalid). Each kind has its
    /// own name rule: DNS-1123 subdomain for configmaps, pods, deployments and nodes, DNS-1035
    /// label for services, DNS-1123 label for namespaces.
    /// </summary>
    private static void Names(CaseSet set, CaseSet.Category add)
    {
        BadName(add, ResourceKind.ConfigMaps, "Bad_Name", Dns1123Subdomain);
        BadName(add, ResourceKind.ConfigMaps, "a/b", Dns1123Subdomain);
        BadName(add, ResourceKind.ConfigMaps, new string('a', 254), MaxLength(253));
        BadName(add, ResourceKind.Pods, "Bad.Name_", Dns1123Subdomain);
        BadName(add, ResourceKind.Deployments, "UPPER", Dns1123Subdomain);
        BadName(add, ResourceKind.Services, "1svc", Dns1035Label);
        BadName(add, ResourceKind.Services, "svc.dotted", Dns1035Label);
        BadName(add, ResourceKind.Namespaces, "Bad.NS", Dns1123Label);
        // The namespace strategy copies the name into the kubernetes.io/metadata.name label
        // before validating, so a too long name is also a too long label value.
        var longNamespace = new string('n', 64);
        BadName(add, ResourceKind.Namespaces, longNamespace, MaxLength(63), FieldInvalid("metadata.labels", Quote(longNamespace), MaxLength(63)));
        BadName(add, ResourceKind.Nodes, "Bad_Node", Dns1123Subdomain);

        Post(add, set, ResourceKind.ConfigMaps, "without name or generateName", o => Remove(o, "metadata", "name"),
            Invalid("ConfigMap", "", FieldRequired("metadata.name", NameRequired)));
        // The server generates the name from the prefix before validating, so the name in the
        // message is random; the generateName error is what is certain.
        Post(add, set, ResourceKind.ConfigMaps, "invalid generateName", o =>
        {
            Remove(o, "metadata", "name");
            Set(o, "metadata.generateName", "Bad_");
        }, Invalid().Containing(FieldInvalid("metadata.generateName", Quote("Bad_"), Dns1123Subdomain)));

        BadLabel(add, set, ResourceKind.ConfigMaps, "key with a space", "bad key", "v", FieldInvalid("metadata.labels", Quote("bad key"), QualifiedNamePart));
        BadLabel(add, set, ResourceKind.ConfigMaps, "value starting with a dash", "app", "-bad-", FieldInvalid("metadata.labels", Quote("-bad-"), LabelValue));
        var longValue = new string('v', 64);
        BadLabel(add, set, ResourceKind.Pods, "64-character value", "app", longValue, FieldInvalid("metadata.labels", Quote(longValue), MaxLength(63)));
        BadLabel(add, set, ResourceKind.Services, "invalid key prefix", "Bad_Prefix/key", "v",
            FieldInvalid("metadata.labels", Quote("Bad_Prefix/key"), "prefix part " + Dns1123Subdomain));
        var longKey = new string('k', 64);
        BadLabel(add, set, ResourceKind.Namespaces, "64-character key", longKey, "v",
            FieldInvalid("metadata.labels", Quote(longKey), "name part " + MaxLength(63)));
        BadLabel(add, set, ResourceKind.Nodes, "value with a slash", "app", "a/b", FieldInvalid("metadata.labels", Quote("a/b"), LabelValue));
        // "a/b/c" fails IsQualifiedName's shape check, a long composite text: code and reason only.
        BadLabel(add, set, ResourceKind.Deployments, "key with two slashes", "a/b/c", "v", null);

        Post(add, set, ResourceKind.ConfigMaps, "annotation key with a space",
            o => Set(o, "metadata.annotations", new JsonObject { ["bad key"] = "v" }),
            name => Invalid("ConfigMap", name, FieldInvalid("metadata.annotations", Quote("bad key"), QualifiedNamePart)));
        Post(add, set, ResourceKind.Pods, "invalid finalizer", o => Set(o, "metadata.finalizers", new JsonArray("bad finalizer!")), Invalid());
        Post(add, set, ResourceKind.ConfigMaps, "owner reference without uid", o => Set(o, "metadata.ownerReferences",
            new JsonArray(new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Pod", ["name"] = "p", ["uid"] = "" })), Invalid());
        Put(add, ResourceKind.ConfigMaps, "invalid label on update", o => Set(o, "metadata.labels", new JsonObject { ["bad key"] = "v" }),
            Invalid("ConfigMap", ResourceKind.ConfigMaps.Seeded, FieldInvalid("metadata.labels", Quote("bad key"), QualifiedNamePart)));
    }

    private static void BadName(CaseSet.Category add, ResourceKind kind, string name, string detail, params string[] moreErrors)
    {
        var manifest = Manifests.Of(kind, name);
        var shown = name.Length > 20 ? $"{name.Length}-character name" : $"name \"{name}\"";
        add.Add($"POST {kind.Plural} {shown}", HttpMethod.Post, kind.Collection, Json, Body(manifest),
            Invalid(kind.QualifiedKind, name, [FieldInvalid("metadata.name", Quote(name), detail), .. moreErrors]));
    }

    private static void BadLabel(CaseSet.Category add, CaseSet set, ResourceKind kind, string what, string key, string value, string? error)
    {
        var name = set.Fresh();
        var manifest = Manifests.Of(kind, name);
        Set(manifest, "metadata.labels", new JsonObject { [key] = value });
        add.Add($"POST {kind.Plural} label {what}", HttpMethod.Post, kind.Collection, Json, Body(manifest),
            error is null ? Invalid() : Invalid(kind.QualifiedKind, name, error));
    }
}
