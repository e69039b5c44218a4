using static Dotkube.ApiServer.Tests.BadInput.Bodies;
using static Dotkube.ApiServer.Tests.BadInput.Upstream;

namespace Dotkube.ApiServer.Tests.BadInput;

public static partial class BadInputCases
{
    /// <summary>
    /// Patches that cannot apply, by patch type. A body that does not parse is 400 (with the
    /// default fieldValidation=Warn patch.go first unmarshals it strictly: "error decoding
    /// patch: ..."). A JSON patch that parses but fails to apply is 422 with
    /// NewGenericServerResponse's generic text. A patch whose result no longer decodes as the
    /// kind is 422 Invalid on the field "patch". Apply patches may be refused with 415 while
    /// server-side apply is not served.
    /// </summary>
    private static void Patches(CaseSet.Category add)
    {
        var cm = ResourceKind.ConfigMaps.SeededItem;
        JsonPatchCase(add, "configmaps", cm, "cut short", """[{"op":""", BadRequest());
        JsonPatchCase(add, "configmaps", cm, "an object, not a list", """{"op":"add","path":"/data/x","value":"1"}""", BadRequest());
        JsonPatchCase(add, "configmaps", cm, "empty body", "", BadRequest());
        JsonPatchCase(add, "configmaps", cm, "numeric op", """[{"op":1,"path":"/data/x"}]""", BadRequest());
        JsonPatchCase(add, "configmaps", cm, "unknown op", """[{"op":"bogus","path":"/data/k","value":"x"}]""", JsonPatchRejected());
        JsonPatchCase(add, "configmaps", cm, "failing test", """[{"op":"test","path":"/data/k","value":"not-v"}]""", JsonPatchRejected());
        JsonPatchCase(add, "configmaps", cm, "remove of a missing key", """[{"op":"remove","path":"/data/missing"}]""", JsonPatchRejected());
        // evanphx/json-patch v4 (upstream's) reads a missing object key as null without error, so
        // "replace" and "copy from" a missing key of an existing object succeed there; only a
        // missing parent fails.
        JsonPatchCase(add, "configmaps", cm, "replace under a missing parent", """[{"op":"replace","path":"/nowhere/x","value":"x"}]""", JsonPatchRejected());
        JsonPatchCase(add, "configmaps", cm, "add under a missing parent", """[{"op":"add","path":"/nowhere/deeper/x","value":"x"}]""", JsonPatchRejected());
        JsonPatchCase(add, "configmaps", cm, "move from a missing key", """[{"op":"move","from":"/data/missing","path":"/data/x"}]""", JsonPatchRejected());
        JsonPatchCase(add, "configmaps", cm, "copy from a missing parent", """[{"op":"copy","from":"/nowhere/x","path":"/data/x"}]""", JsonPatchRejected());
        JsonPatchCase(add, "configmaps", cm, "missing path", """[{"op":"add","value":"x"}]""", JsonPatchRejected());
        JsonPatchCase(add, "configmaps", cm, "stale resourceVersion test", """[{"op":"test","path":"/metadata/resourceVersion","value":"1"}]""", JsonPatchRejected());
        JsonPatchCase(add, "pods", ResourceKind.Pods.SeededItem, "index out of range", """[{"op":"replace","path":"/spec/containers/5/image","value":"x"}]""", JsonPatchRejected());
        JsonPatchCase(add, "configmaps", cm, "changes the kind", """[{"op":"replace","path":"/kind","value":"Secret"}]""", Invalid());
        JsonPatchCase(add, "configmaps", cm, "data value becomes a number", """[{"op":"replace","path":"/data/k","value":5}]""", Invalid());
        JsonPatchCase(add, "deployments", ResourceKind.Deployments.SeededItem, "replicas becomes a string",
            """[{"op":"replace","path":"/spec/replicas","value":"three"}]""", Invalid());

        MergePatchCase(add, "configmaps", cm, "cut short", """{"data":""", BadRequest());
        MergePatchCase(add, "configmaps", cm, "a list", """[{"data":{"k":"x"}}]""", BadRequest());
        MergePatchCase(add, "configmaps", cm, "a number", "42", BadRequest());
        // jsonpatch.MergePatch refuses a null patch document with ErrBadJSONPatch, which patch.go maps to 400.
        MergePatchCase(add, "configmaps", cm, "null", "null", BadRequest());
        MergePatchCase(add, "configmaps", cm, "data value becomes a number", """{"data":{"k":5}}""", Invalid());
        MergePatchCase(add, "configmaps", cm, "changes the kind", """{"kind":"Secret"}""", Invalid());
        MergePatchCase(add, "configmaps", cm, "changes the apiVersion", """{"apiVersion":"v2"}""", Invalid());
        MergePatchCase(add, "configmaps", cm, "metadata becomes a string", """{"metadata":"x"}""", Invalid());
        MergePatchCase(add, "deployments", ResourceKind.Deployments.SeededItem, "replicas becomes a string", """{"spec":{"replicas":"three"}}""", Invalid());
        MergePatchCase(add, "configmaps", ResourceKind.ConfigMaps.Item("missing-cm"), "on a missing object", """{"data":{"k":"x"}}""",
            NotFound("configmaps", "missing-cm"));

        var pod = ResourceKind.Pods.SeededItem;
        StrategicCase(add, "pods", pod, "cut short", """{"spec":{""", BadRequest());
        StrategicCase(add, "pods", pod, "a list", """[{"spec":{}}]""", BadRequest());
        StrategicCase(add, "configmaps", cm, "data value becomes a number", """{"data":{"k":5}}""", Invalid());
        StrategicCase(add, "deployments", ResourceKind.Deployments.SeededItem, "replicas becomes a string", """{"spec":{"replicas":"three"}}""", Invalid());
        // mergepatch's ErrBadPatchFormatFor* errors are mapped to 400 (interpretStrategicMergePatchError).
        StrategicCase(add, "deployments", ResourceKind.Deployments.SeededItem, "$retainKeys not a list", """{"spec":{"$retainKeys":"replicas"}}""", BadRequest());
        // Other directive errors (ErrBadArgType, ErrBadPatchType) are plain Go errors that
        // upstream passes through as 500; the issue forbids 5xx, so 400 is expected.
        StrategicCase(add, "pods", pod, "$setElementOrder not a list", """{"spec":{"$setElementOrder/containers":"c"}}""", BadRequest());
        StrategicCase(add, "pods", pod, "unknown $patch directive", """{"spec":{"$patch":"bogus"}}""", BadRequest());

        var node = ResourceKind.Nodes.SeededItem;
        ApplyCase(add, "nodes", node + "?fieldManager=bad-input", "malformed YAML", "apiVersion: v1\nkind: Node\nmetadata: {name: node-a\n", BadRequest());
        ApplyCase(add, "nodes", node, "without fieldManager", "apiVersion: v1\nkind: Node\nmetadata:\n  name: node-a\n",
            OptionsInvalid("PatchOptions", FieldRequired("fieldManager", "is required for apply patch")));
        ApplyCase(add, "configmaps", cm + "?fieldManager=bad-input&dryRun=Bogus", "dryRun=Bogus", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-a\n",
            OptionsInvalid("PatchOptions", FieldNotSupported("dryRun", GoStrings("Bogus"), "All")));
        ApplyCase(add, "configmaps", cm + "?fieldManager=bad-input", "wrong apiVersion", "apiVersion: v2\nkind: ConfigMap\nmetadata:\n  name: cm-a\n", BadRequest());
        ApplyCase(add, "configmaps", cm + "?fieldManager=bad-input", "a JSON patch list", """[{"op":"add","path":"/data/x","value":"1"}]""", BadRequest());
    }

    private static void JsonPatchCase(CaseSet.Category add, string plural, string path, string what, string body, UpstreamAnswer expected) =>
        add.Add($"JSON PATCH {plural} {what}", HttpMethod.Patch, path, JsonPatch, body, expected);

    private static void MergePatchCase(CaseSet.Category add, string plural, string path, string what, string body, UpstreamAnswer expected) =>
        add.Add($"merge PATCH {plural} {what}", HttpMethod.Patch, path, MergePatch, body, expected);

    private static void StrategicCase(CaseSet.Category add, string plural, string path, string what, string body, UpstreamAnswer expected) =>
        add.Add($"strategic PATCH {plural} {what}", HttpMethod.Patch, path, StrategicPatch, body, expected);

    private static void ApplyCase(CaseSet.Category add, string plural, string path, string what, string body, UpstreamAnswer expected) =>
        add.Add($"apply PATCH {plural} {what}", HttpMethod.Patch, path, ApplyPatch, body, expected, mayRejectApply: true);
}
