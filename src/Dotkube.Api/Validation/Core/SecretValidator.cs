using System.Text.Json;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation.Core;

/// <summary>Upstream ValidateSecret and ValidateSecretUpdate (stringData counts as data, as after conversion).</summary>
public sealed class SecretValidator : ObjectValidator<Secret>
{
    private static readonly FieldPath DataPath = FieldPath.Root("data");

    protected override void ValidateCreate(Secret obj, List<FieldError> errors)
    {
        var data = MergedData(obj);
        long total = 0;
        foreach (var (key, value) in data)
        {
            foreach (var message in NameValidation.IsConfigMapKey(key))
            {
                errors.Add(FieldError.Invalid(DataPath.Key(key), key, message));
            }

            total += value.Length;
        }

        if (total > Secret.MaxSecretSize)
        {
            errors.Add(FieldError.TooLong(DataPath, "", Secret.MaxSecretSize));
        }

        ValidateTypeKeys(obj, data, errors);
    }

    protected override void ValidateUpdate(Secret obj, Secret old, List<FieldError> errors)
    {
        // An empty type is defaulted to Opaque upstream.
        ObjectMetaValidation.Immutable(TypeOf(obj), TypeOf(old), FieldPath.Root("type"), errors);
        if (old.Immutable == true)
        {
            if (obj.Immutable != true)
            {
                errors.Add(FieldError.Forbidden(FieldPath.Root("immutable"), ConfigMapValidator.ImmutableMessage));
            }

            if (!ConfigMapValidator.SameMap(MergedData(obj), MergedData(old), (a, b) => a.AsSpan().SequenceEqual(b)))
            {
                errors.Add(FieldError.Forbidden(DataPath, ConfigMapValidator.ImmutableMessage));
            }
        }

        ValidateCreate(obj, errors);
    }

    private static string TypeOf(Secret secret) => string.IsNullOrEmpty(secret.Type) ? "Opaque" : secret.Type;

    private static Dictionary<string, byte[]> MergedData(Secret secret)
    {
        var data = new Dictionary<string, byte[]>(secret.Data ?? [], StringComparer.Ordinal);
        foreach (var (key, value) in secret.StringData ?? [])
        {
            data[key] = System.Text.Encoding.UTF8.GetBytes(value);
        }

        return data;
    }

    /// <summary>The keys each built-in secret type requires, as upstream.</summary>
    private static void ValidateTypeKeys(Secret secret, Dictionary<string, byte[]> data, List<FieldError> errors)
    {
        switch (secret.Type)
        {
            case "kubernetes.io/service-account-token":
                if (string.IsNullOrEmpty(secret.Metadata.Annotations?.GetValueOrDefault("kubernetes.io/service-account.name")))
                {
                    errors.Add(FieldError.Required(FieldPath.Root("metadata", "annotations").Key("kubernetes.io/service-account.name")));
                }

                break;
            case "kubernetes.io/dockercfg":
                RequireJson(data, ".dockercfg", errors);
                break;
            case "kubernetes.io/dockerconfigjson":
                RequireJson(data, ".dockerconfigjson", errors);
                break;
            case "kubernetes.io/basic-auth":
                // Either may be empty, but one of the keys must be present.
                if (!data.ContainsKey("username") && !data.ContainsKey("password"))
                {
                    errors.Add(FieldError.Required(DataPath.Key("username")));
                    errors.Add(FieldError.Required(DataPath.Key("password")));
                }

                break;
            case "kubernetes.io/ssh-auth":
                if (data.GetValueOrDefault("ssh-privatekey") is not { Length: > 0 })
                {
                    errors.Add(FieldError.Required(DataPath.Key("ssh-privatekey")));
                }

                break;
            case "kubernetes.io/tls":
                foreach (var key in new[] { "tls.crt", "tls.key" })
                {
                    if (!data.ContainsKey(key))
                    {
                        errors.Add(FieldError.Required(DataPath.Key(key)));
                    }
                }

                break;
        }
    }

    /// <summary>
    /// The key must hold a JSON object. Upstream's detail is Go's json error text; the parser's
    /// message here differs in wording.
    /// </summary>
    private static void RequireJson(Dictionary<string, byte[]> data, string key, List<FieldError> errors)
    {
        if (!data.TryGetValue(key, out var bytes))
        {
            errors.Add(FieldError.Required(DataPath.Key(key)));
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                errors.Add(FieldError.Invalid(DataPath.Key(key), "<secret contents redacted>",
                    $"json: cannot unmarshal {document.RootElement.ValueKind.ToString().ToLowerInvariant()} into Go value of type map[string]interface {{}}"));
            }
        }
        catch (JsonException)
        {
            var detail = bytes.Length == 0 ? "unexpected end of JSON input" : "invalid character in JSON input";
            errors.Add(FieldError.Invalid(DataPath.Key(key), "<secret contents redacted>", detail));
        }
    }
}
