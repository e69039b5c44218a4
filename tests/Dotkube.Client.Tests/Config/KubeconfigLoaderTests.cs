using System.Text;
using Dotkube.Client.Config;

namespace Dotkube.Client.Tests.Config;

public sealed class KubeconfigLoaderTests : IDisposable
{
    private const string Ca = "-----BEGIN CERTIFICATE-----\nCA\n-----END CERTIFICATE-----\n";
    private const string Cert = "-----BEGIN CERTIFICATE-----\nCLIENT\n-----END CERTIFICATE-----\n";
    private const string Key = "-----BEGIN EC PRIVATE KEY-----\nKEY\n-----END EC PRIVATE KEY-----\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("dotkube-kubeconfig-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    /// <summary>Two contexts: "admin" (embedded certificates, current) and "dev" (token, namespace dev) on two clusters.</summary>
    private static string TwoContexts() => $"""
        apiVersion: v1
        kind: Config
        current-context: admin
        clusters:
        - name: prod
          cluster:
            server: https://10.0.0.1:6443
            certificate-authority-data: {B64(Ca)}
        - name: dev
          cluster:
            server: https://dev.example:6443
            insecure-skip-tls-verify: true
        contexts:
        - name: admin
          context:
            cluster: prod
            user: admin
        - name: dev
          context:
            cluster: dev
            user: dev
            namespace: team-a
        users:
        - name: admin
          user:
            client-certificate-data: {B64(Cert)}
            client-key-data: {B64(Key)}
        - name: dev
          user:
            token: s3cret
        """;

    private static ClientOptions Parse(string yaml, string? context = null, string baseDirectory = "/nonexistent") =>
        KubeconfigLoader.Parse(Encoding.UTF8.GetBytes(yaml), baseDirectory, context);

    [Fact]
    public void Parse_CurrentContext_DecodesEmbeddedCaCertificateAndKey()
    {
        var options = Parse(TwoContexts());

        Assert.Equal(new Uri("https://10.0.0.1:6443"), options.Server);
        Assert.Equal(Ca, options.CertificateAuthorityPem);
        Assert.Equal(Cert, options.ClientCertificatePem);
        Assert.Equal(Key, options.ClientKeyPem);
        Assert.Null(options.BearerToken);
        Assert.False(options.InsecureSkipTlsVerify);
        Assert.Null(options.Namespace);
    }

    [Fact]
    public void Parse_ChosenContext_OverridesCurrentContext()
    {
        var options = Parse(TwoContexts(), context: "dev");

        Assert.Equal(new Uri("https://dev.example:6443"), options.Server);
        Assert.Equal("s3cret", options.BearerToken);
        Assert.True(options.InsecureSkipTlsVerify);
        Assert.Null(options.CertificateAuthorityPem);
        Assert.Null(options.ClientCertificatePem);
        Assert.Equal("team-a", options.Namespace);
    }

    [Fact]
    public void Load_FileReferences_AreReadRelativeToTheKubeconfig()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "pki"));
        File.WriteAllText(Path.Combine(_dir, "pki", "ca.crt"), Ca);
        File.WriteAllText(Path.Combine(_dir, "pki", "admin.crt"), Cert);
        File.WriteAllText(Path.Combine(_dir, "pki", "admin.key"), Key);
        var path = Path.Combine(_dir, "config");
        File.WriteAllText(path, """
            clusters:
            - name: c
              cluster: {server: "https://127.0.0.1:6443", certificate-authority: pki/ca.crt}
            contexts:
            - name: x
              context: {cluster: c, user: u}
            current-context: x
            users:
            - name: u
              user: {client-certificate: pki/admin.crt, client-key: pki/admin.key}
            """);

        var options = KubeconfigLoader.Load(path);

        Assert.Equal(Ca, options.CertificateAuthorityPem);
        Assert.Equal(Cert, options.ClientCertificatePem);
        Assert.Equal(Key, options.ClientKeyPem);
    }

    [Fact]
    public void Load_TokenFile_IsReferencedNotCopied_SoRotationIsSeen()
    {
        File.WriteAllText(Path.Combine(_dir, "token"), "t1\n");
        var path = Path.Combine(_dir, "config");
        File.WriteAllText(path, """
            clusters: [{name: c, cluster: {server: "https://k:6443"}}]
            contexts: [{name: x, context: {cluster: c, user: u}}]
            current-context: x
            users: [{name: u, user: {tokenFile: token}}]
            """);

        var options = KubeconfigLoader.Load(path);

        Assert.Null(options.BearerToken);
        Assert.Equal(Path.Combine(_dir, "token"), options.BearerTokenFile);
    }

    [Fact]
    public void Parse_TokenAndTokenFile_TokenWins()
    {
        var options = Parse("""
            clusters: [{name: c, cluster: {server: "https://k:6443"}}]
            contexts: [{name: x, context: {cluster: c, user: u}}]
            current-context: x
            users: [{name: u, user: {token: abc, tokenFile: /missing}}]
            """);

        Assert.Equal("abc", options.BearerToken);
        Assert.Null(options.BearerTokenFile);
    }

    [Fact]
    public void Parse_JsonKubeconfig_IsAccepted()
    {
        var options = Parse("""
            {"clusters":[{"name":"c","cluster":{"server":"https://k:6443"}}],
             "contexts":[{"name":"x","context":{"cluster":"c"}}],"current-context":"x"}
            """);

        Assert.Equal(new Uri("https://k:6443"), options.Server);
        Assert.Null(options.BearerToken);
    }

    [Fact]
    public void Parse_ServerWithoutScheme_MeansHttps()
    {
        var options = Parse("""
            clusters: [{name: c, cluster: {server: "10.0.0.1:6443"}}]
            contexts: [{name: x, context: {cluster: c}}]
            current-context: x
            """);

        Assert.Equal(new Uri("https://10.0.0.1:6443"), options.Server);
    }

    public static TheoryData<string, string, string?> Broken => new()
    {
        { "empty file", "", null },
        { "no current-context", "clusters: []", null },
        { "unknown context", "current-context: nope", "context \"nope\" does not exist" },
        { "unknown cluster", "current-context: x\ncontexts: [{name: x, context: {cluster: gone}}]", "cluster \"gone\"" },
        { "unknown user", "current-context: x\nclusters: [{name: c, cluster: {server: https://k}}]\ncontexts: [{name: x, context: {cluster: c, user: who}}]", "user \"who\"" },
        { "no server", "current-context: x\nclusters: [{name: c, cluster: {}}]\ncontexts: [{name: x, context: {cluster: c}}]", "has no server" },
        { "insecure with CA", $"current-context: x\nclusters: [{{name: c, cluster: {{server: https://k, insecure-skip-tls-verify: true, certificate-authority-data: {B64(Ca)}}}}}]\ncontexts: [{{name: x, context: {{cluster: c}}}}]", "insecure-skip-tls-verify" },
        { "certificate without key", $"current-context: x\nclusters: [{{name: c, cluster: {{server: https://k}}}}]\ncontexts: [{{name: x, context: {{cluster: c, user: u}}}}]\nusers: [{{name: u, user: {{client-certificate-data: {B64(Cert)}}}}}]", "without its key" },
        { "bad base64", "current-context: x\nclusters: [{name: c, cluster: {server: https://k, certificate-authority-data: '!!'}}]\ncontexts: [{name: x, context: {cluster: c}}]", "not valid base64" },
        { "missing CA file", "current-context: x\nclusters: [{name: c, cluster: {server: https://k, certificate-authority: ca.crt}}]\ncontexts: [{name: x, context: {cluster: c}}]", "cannot be read" },
        { "exec plugin", "current-context: x\nclusters: [{name: c, cluster: {server: https://k}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\nusers: [{name: u, user: {exec: {command: aws}}}]", "exec" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Parse_BrokenKubeconfig_ThrowsNamingTheProblem(string name, string yaml, string? expected)
    {
        var e = Assert.Throws<KubeconfigException>(() => Parse(yaml));
        Assert.False(string.IsNullOrEmpty(e.Message), name);
        if (expected is not null)
        {
            Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Load_MissingFile_ThrowsKubeconfigException()
    {
        Assert.Throws<KubeconfigException>(() => KubeconfigLoader.Load(Path.Combine(_dir, "absent")));
    }

    [Fact]
    public void DefaultPath_KubeconfigVariable_FirstEntryWins()
    {
        var value = string.Join(Path.PathSeparator, "/a/config", "/b/config");
        Assert.Equal("/a/config", KubeconfigLoader.DefaultPath(name => name == "KUBECONFIG" ? value : null));
        Assert.EndsWith(Path.Combine(".kube", "config"), KubeconfigLoader.DefaultPath(_ => null), StringComparison.Ordinal);
    }
}
