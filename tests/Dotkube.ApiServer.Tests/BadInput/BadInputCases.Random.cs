using System.Text;
using System.Text.Json.Nodes;
using static Dotkube.ApiServer.Tests.BadInput.Bodies;
using static Dotkube.ApiServer.Tests.BadInput.Upstream;

namespace Dotkube.ApiServer.Tests.BadInput;

public static partial class BadInputCases
{
    /// <summary>Bytes that are never valid JSON outside a string.</summary>
    private static readonly byte[] Breakers = "#;@'"u8.ToArray().Concat(new byte[] { 0x00, 0xFF }).ToArray();

    /// <summary>
    /// Per kind, fields and values of the wrong JSON type for them. Each fails Go's decoder
    /// (no coercion between strings, numbers and booleans; int32 overflow; Quantity and base64
    /// syntax), so upstream answers 400 "Kind in version "v" cannot be handled as a Kind".
    /// </summary>
    private static readonly Dictionary<string, (string Path, string Value)[]> WrongTypes = new()
    {
        ["ConfigMap"] = [("data.k", "5"), ("data.k", "true"), ("data.k", "{\"x\":\"y\"}"), ("metadata.name", "42"), ("metadata.labels", "\"app\""),
            ("metadata.labels.app", "7"), ("immutable", "\"yes\""), ("binaryData", "{\"k\":\"!!not base64!!\"}")],
        ["Pod"] = [("spec.containers", "{}"), ("spec.containers[0].image", "5"), ("spec.containers[0].name", "[\"c\"]"), ("spec.restartPolicy", "1"),
            ("spec.containers[0].resources.limits.cpu", "\"abc\""), ("spec.terminationGracePeriodSeconds", "\"30\""), ("spec.hostNetwork", "\"yes\""), ("metadata", "[]")],
        ["Deployment"] = [("spec.replicas", "\"three\""), ("spec.replicas", "true"), ("spec.replicas", "1.5"), ("spec.replicas", "1e100"), ("spec.replicas", "[1]"),
            ("spec.selector", "\"app=web\""), ("spec.template.spec.containers", "\"busybox\""), ("spec.paused", "\"no\""), ("spec.revisionHistoryLimit", "{}")],
        ["Service"] = [("spec.ports[0].port", "\"eighty\""), ("spec.ports[0].port", "80.5"), ("spec.ports[0].port", "1000000000000"), ("spec.ports", "{}"),
            ("spec.selector", "[\"app\"]"), ("spec.type", "1"), ("spec.ports[0].targetPort", "true"), ("spec.ports[0].targetPort", "1.5")],
        ["Namespace"] = [("spec.finalizers", "\"kubernetes\""), ("spec.finalizers", "[1]"), ("metadata.name", "false"), ("spec", "\"x\""), ("metadata.labels", "[]")],
        ["Node"] = [("spec.unschedulable", "\"yes\""), ("spec.podCIDRs", "\"10.0.0.0/24\""), ("spec.taints", "{}"), ("spec.taints", "[{\"key\":\"k\",\"effect\":5}]"),
            ("metadata.labels", "[1]"), ("spec.providerID", "{}")],
    };

    /// <summary>
    /// Seeded random damage to valid manifests, for every kind: truncation at a random length
    /// (a proper prefix of a JSON object is never JSON), a structural byte outside any string
    /// replaced by one that cannot appear there, and a field given a value of the wrong type.
    /// </summary>
    private static void RandomMutations(CaseSet set, CaseSet.Category add, Random random)
    {
        foreach (var kind in ResourceKind.All)
        {
            for (var i = 0; i < 4; i++)
            {
                var name = set.Fresh();
                var body = Encoding.UTF8.GetBytes(Body(Manifests.Of(kind, name)));
                var length = random.Next(1, body.Length - 1);
                add.Add($"POST {kind.Plural} {name} truncated to {length} of {body.Length} bytes", HttpMethod.Post, kind.Collection, Json,
                    body[..length], JsonSyntax(kind.Name));
            }

            var update = Encoding.UTF8.GetBytes(Body(Manifests.Of(kind, kind.Seeded)));
            var cut = random.Next(1, update.Length - 1);
            add.Add($"PUT {kind.Plural} truncated to {cut} of {update.Length} bytes", HttpMethod.Put, kind.SeededItem, Json,
                update[..cut], JsonSyntax(kind.Name));

            for (var i = 0; i < 3; i++)
            {
                var name = set.Fresh();
                var body = Encoding.UTF8.GetBytes(Body(Manifests.Of(kind, name)));
                var positions = StructuralPositions(body);
                var at = positions[random.Next(positions.Count)];
                var breaker = Breakers[random.Next(Breakers.Length)];
                var was = (char)body[at];
                body[at] = breaker;
                add.Add($"POST {kind.Plural} {name} byte {at} '{was}' flipped to 0x{breaker:X2}", HttpMethod.Post, kind.Collection, Json,
                    body, JsonSyntax(kind.Name));
            }

            var choices = WrongTypes[kind.Name].OrderBy(_ => random.Next()).Take(3);
            foreach (var (path, value) in choices)
            {
                var manifest = Manifests.Of(kind, set.Fresh());
                Set(manifest, path, JsonNode.Parse(value));
                add.Add($"POST {kind.Plural} {path} = {value}", HttpMethod.Post, kind.Collection, Json, Body(manifest),
                    CannotHandle(kind.Name, kind.Version, kind.Name));
            }
        }
    }

    /// <summary>Offsets of {}[]:," that are JSON syntax (not inside a string value).</summary>
    private static List<int> StructuralPositions(byte[] json)
    {
        var positions = new List<int>();
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var b = json[i];
            if (inString)
            {
                if (b == '\\')
                {
                    i++;
                }
                else if (b == '"')
                {
                    inString = false;
                    positions.Add(i);
                }

                continue;
            }

            if (b == '"')
            {
                inString = true;
                positions.Add(i);
            }
            else if (b is (byte)'{' or (byte)'}' or (byte)'[' or (byte)']' or (byte)':' or (byte)',')
            {
                positions.Add(i);
            }
        }

        return positions;
    }
}
