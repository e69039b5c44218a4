using Dotkube.Api.Core.V1;
using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation.Core;

/// <summary>Upstream ValidateConfigMap and ValidateConfigMapUpdate.</summary>
public sealed class ConfigMapValidator : ObjectValidator<ConfigMap>
{
    internal const string ImmutableMessage = "field is immutable when `immutable` is set";

    protected override void ValidateCreate(ConfigMap obj, List<FieldError> errors)
    {
        long total = 0;
        foreach (var (key, value) in obj.Data ?? [])
        {
            var path = FieldPath.Root("data").Key(key);
            foreach (var message in NameValidation.IsConfigMapKey(key))
            {
                errors.Add(FieldError.Invalid(path, key, message));
            }

            if (obj.BinaryData?.ContainsKey(key) == true)
            {
                errors.Add(FieldError.Invalid(path, key, "duplicate of key present in binaryData"));
            }

            total += System.Text.Encoding.UTF8.GetByteCount(value);
        }

        foreach (var (key, value) in obj.BinaryData ?? [])
        {
            foreach (var message in NameValidation.IsConfigMapKey(key))
            {
                errors.Add(FieldError.Invalid(FieldPath.Root("binaryData").Key(key), key, message));
            }

            total += value.Length;
        }

        // Upstream blames the whole object with an empty path.
        if (total > Secret.MaxSecretSize)
        {
            errors.Add(FieldError.TooLong(FieldPath.Root(""), "", Secret.MaxSecretSize));
        }
    }

    protected override void ValidateUpdate(ConfigMap obj, ConfigMap old, List<FieldError> errors)
    {
        if (old.Immutable == true)
        {
            if (obj.Immutable != true)
            {
                errors.Add(FieldError.Forbidden(FieldPath.Root("immutable"), ImmutableMessage));
            }

            if (!SameMap(obj.Data, old.Data, (a, b) => a == b))
            {
                errors.Add(FieldError.Forbidden(FieldPath.Root("data"), ImmutableMessage));
            }

            if (!SameMap(obj.BinaryData, old.BinaryData, (a, b) => a.AsSpan().SequenceEqual(b)))
            {
                errors.Add(FieldError.Forbidden(FieldPath.Root("binaryData"), ImmutableMessage));
            }
        }

        ValidateCreate(obj, errors);
    }

    /// <summary>reflect.DeepEqual on maps: nil and empty differ, as upstream.</summary>
    internal static bool SameMap<TValue>(Dictionary<string, TValue>? a, Dictionary<string, TValue>? b, Func<TValue, TValue, bool> equal)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        return a.Count == b.Count && a.All(e => b.TryGetValue(e.Key, out var other) && equal(e.Value, other));
    }
}
