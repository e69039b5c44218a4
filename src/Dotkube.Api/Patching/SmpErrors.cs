namespace Dotkube.Api.Patching;

/// <summary>
/// Upstream's strategic merge patch errors (k8s.io/apimachinery mergepatch/errors.go and
/// strategicpatch/patch.go), with the status the apiserver's interpretStrategicMergePatchError
/// gives each: sentinel format errors are 400, lists of lists 422, everything else 500.
/// </summary>
internal static class SmpErrors
{
    public const string BadPatchFormatForPrimitiveList = "invalid patch format of primitive list";
    public const string BadPatchFormatForRetainKeys = "invalid patch format of retainKeys";
    public const string BadPatchFormatForSetElementOrderList = "invalid patch format of setElementOrder list";

    public static PatchException BadRequest(string message) => new(PatchErrorKind.BadRequest, message);

    public static PatchException Internal(string message) => new(PatchErrorKind.Internal, message);

    public static PatchException NoListOfLists() => new(PatchErrorKind.Unprocessable, "lists of lists are not supported");

    public static PatchException NoMergeKey(PatchMap map, string key) =>
        Internal($"map: {GoValue.Format(map)} does not contain declared merge key: {key}");

    public static PatchException BadArgType(string expected, object? actual) =>
        Internal($"expected a {expected}, but received a {GoValue.TypeName(actual)}");

    public static PatchException BadPatchType(object? directive, PatchMap map) =>
        Internal($"unknown patch type: {GoValue.FormatS(directive)} in map: {GoValue.Format(map)}");
}
