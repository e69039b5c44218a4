using System.Text.Json;

namespace Dotkube.ApiServer.Security.ServiceAccounts;

/// <summary>
/// What a service-account token says, as upstream's claims: the registered iss, sub, aud, exp,
/// iat, nbf and jti, and the private "kubernetes.io" claim naming the namespace, the service
/// account and whatever the token is bound to (a pod, and its node; a secret; a node), with
/// warnafter for tokens whose lifetime the server extended. Times are whole Unix seconds.
/// </summary>
public sealed record ServiceAccountClaims(
    string Issuer,
    IReadOnlyList<string> Audiences,
    DateTimeOffset Expiry,
    DateTimeOffset IssuedAt,
    string Id,
    string Namespace,
    ObjectRef ServiceAccount)
{
    public ObjectRef? Pod { get; init; }

    public ObjectRef? Secret { get; init; }

    public ObjectRef? Node { get; init; }

    public DateTimeOffset? WarnAfter { get; init; }

    /// <summary>sub: upstream's service-account username.</summary>
    public string Subject => ServiceAccountNames.Username(Namespace, ServiceAccount.Name);

    /// <summary>The payload, keys in the order go-jose writes them (sorted).</summary>
    public byte[] ToJson()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartArray("aud");
            foreach (var audience in Audiences)
            {
                w.WriteStringValue(audience);
            }

            w.WriteEndArray();
            w.WriteNumber("exp", Expiry.ToUnixTimeSeconds());
            w.WriteNumber("iat", IssuedAt.ToUnixTimeSeconds());
            w.WriteString("iss", Issuer);
            w.WriteString("jti", Id);
            w.WriteStartObject("kubernetes.io");
            w.WriteString("namespace", Namespace);
            WriteRef(w, "node", Node);
            WriteRef(w, "pod", Pod);
            WriteRef(w, "secret", Secret);
            WriteRef(w, "serviceaccount", ServiceAccount);
            if (WarnAfter is { } warnAfter)
            {
                w.WriteNumber("warnafter", warnAfter.ToUnixTimeSeconds());
            }

            w.WriteEndObject();
            w.WriteNumber("nbf", IssuedAt.ToUnixTimeSeconds());
            w.WriteString("sub", Subject);
            w.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The claims of a payload, or null when it is not one of our service-account tokens.</summary>
    public static ServiceAccountClaims? Parse(byte[] payload)
    {
        try
        {
            using var doc = JsonDocument.Parse(payload);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("kubernetes.io", out var k8s) || k8s.ValueKind != JsonValueKind.Object
                || Ref(k8s, "serviceaccount") is not { } serviceAccount)
            {
                return null;
            }

            var audiences = root.TryGetProperty("aud", out var aud)
                ? aud.ValueKind == JsonValueKind.Array ? aud.EnumerateArray().Select(a => a.GetString() ?? "").ToList() : [aud.GetString() ?? ""]
                : [];
            return new ServiceAccountClaims(String(root, "iss"), audiences, Time(root, "exp") ?? DateTimeOffset.MinValue,
                Time(root, "iat") ?? DateTimeOffset.MinValue, String(root, "jti"), String(k8s, "namespace"), serviceAccount)
            {
                Pod = Ref(k8s, "pod"),
                Secret = Ref(k8s, "secret"),
                Node = Ref(k8s, "node"),
                WarnAfter = Time(k8s, "warnafter"),
                NotBefore = Time(root, "nbf"),
            };
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    /// <summary>nbf as read from a token (written as <see cref="IssuedAt"/>); null when absent.</summary>
    public DateTimeOffset? NotBefore { get; init; }

    private static void WriteRef(Utf8JsonWriter w, string name, ObjectRef? value)
    {
        if (value is null)
        {
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("name", value.Name);
        w.WriteString("uid", value.Uid);
        w.WriteEndObject();
    }

    private static ObjectRef? Ref(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? new ObjectRef(String(value, "name"), String(value, "uid"))
            : null;

    private static string String(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";

    private static DateTimeOffset? Time(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? DateTimeOffset.FromUnixTimeSeconds((long)value.GetDouble())
            : null;
}
