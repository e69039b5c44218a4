using System.Globalization;
using System.Text;

namespace Dotkube.Bench.Api;

/// <summary>
/// Request bodies: a realistic pod as a Deployment's ReplicaSet would create it (one container
/// with ports, env, resources, a probe, a config volume, the usual tolerations), padded with an
/// annotation so the JSON sent is exactly <see cref="Size"/> bytes. Names are fixed-width so
/// every body has the same size.
/// </summary>
public static class PodBodies
{
    /// <summary>Bytes of every create body: 2 KB, as issue 4 asks.</summary>
    public const int Size = 2048;

    private const string Head = "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"";

    private const string Tail = """
        ","labels":{"app":"bench","tier":"backend","pod-template-hash":"5d8f7c9b6"},"annotations":{"bench.dotkube.io/padding":"PADDING"},"ownerReferences":[{"apiVersion":"apps/v1","kind":"ReplicaSet","name":"bench-5d8f7c9b6","uid":"0b6f2d1e-3c4a-4e5f-8a9b-1c2d3e4f5a6b","controller":true,"blockOwnerDeletion":true}]},"spec":{"containers":[{"name":"app","image":"registry.example.com/bench/app:1.2.3","args":["--port=8080","--log-level=info"],"ports":[{"name":"http","containerPort":8080,"protocol":"TCP"}],"env":[{"name":"POD_NAME","valueFrom":{"fieldRef":{"fieldPath":"metadata.name"}}},{"name":"MODE","value":"production"}],"resources":{"requests":{"cpu":"100m","memory":"64Mi"},"limits":{"cpu":"500m","memory":"128Mi"}},"readinessProbe":{"httpGet":{"path":"/healthz","port":"http"},"periodSeconds":10},"volumeMounts":[{"name":"config","mountPath":"/etc/app","readOnly":true}]}],"volumes":[{"name":"config","configMap":{"name":"app-config"}}],"restartPolicy":"Always","terminationGracePeriodSeconds":30,"tolerations":[{"key":"node.kubernetes.io/not-ready","operator":"Exists","effect":"NoExecute","tolerationSeconds":300},{"key":"node.kubernetes.io/unreachable","operator":"Exists","effect":"NoExecute","tolerationSeconds":300}]}}
        """;

    private static readonly byte[] HeadBytes = Encoding.UTF8.GetBytes(Head);
    private static readonly byte[] TailBytes = Padded();

    /// <summary>The pod name of sequence number <paramref name="n"/>: <c>{prefix}-000042</c>, always the same width.</summary>
    public static string Name(string prefix, long n) => prefix + "-" + n.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>A create body for pod <paramref name="name"/> (names of <see cref="NameLength"/> characters come out at exactly <see cref="Size"/> bytes).</summary>
    public static byte[] Create(string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var body = new byte[HeadBytes.Length + nameBytes.Length + TailBytes.Length];
        HeadBytes.CopyTo(body, 0);
        nameBytes.CopyTo(body, HeadBytes.Length);
        TailBytes.CopyTo(body, HeadBytes.Length + nameBytes.Length);
        return body;
    }

    /// <summary>The name length the padding is computed for: "pod-000000".</summary>
    public const int NameLength = 10;

    /// <summary>A strategic-merge patch setting one label to <paramref name="value"/> (a new value each time, or nothing is written).</summary>
    public static byte[] LabelPatch(long value) =>
        Encoding.UTF8.GetBytes("{\"metadata\":{\"labels\":{\"bench-patched\":\"v" + value.ToString(CultureInfo.InvariantCulture) + "\"}}}");

    private static byte[] Padded()
    {
        var unpadded = Head.Length + NameLength + Tail.Length - "PADDING".Length;
        var padding = new string('x', Size - unpadded);
        return Encoding.UTF8.GetBytes(Tail.Replace("PADDING", padding, StringComparison.Ordinal));
    }
}
