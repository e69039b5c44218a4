using System.Net;
using Dotkube.ApiServer.Security;

namespace Dotkube.ApiServer.Tests.Security;

/// <summary>A throw-away data directory with options pointing at it; deleted on dispose.</summary>
internal sealed class TempDataDir : IDisposable
{
    public TempDataDir()
    {
        Path = Directory.CreateTempSubdirectory("dotkube-sec-").FullName;
        Options = new ApiServerOptions
        {
            DataDir = System.IO.Path.Combine(Path, "data"),
            NodeName = "node-a",
            WriteKubeconfig = System.IO.Path.Combine(Path, "etc", "admin.kubeconfig"),
        };
    }

    public string Path { get; }

    public ApiServerOptions Options { get; }

    public string Tls(string file) => System.IO.Path.Combine(Options.TlsDir, file);

    /// <summary>The SAN set without this host's addresses, so tests do not depend on the machine.</summary>
    public ServingNames Names(params IPAddress[] extra) => ServingNames.For(Options, extra, []);

    public ClusterPki Pki(TimeProvider time, params IPAddress[] extra) => ClusterPki.LoadOrCreate(Options, Names(extra), time);

    /// <summary>Every file under the TLS directory with its bytes and modification time.</summary>
    public Dictionary<string, (byte[] Bytes, DateTime Written)> SnapshotTls() =>
        Directory.GetFiles(Options.TlsDir).ToDictionary(
            f => System.IO.Path.GetFileName(f),
            f => (File.ReadAllBytes(f), File.GetLastWriteTimeUtc(f)));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
