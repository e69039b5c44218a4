using System.Diagnostics;
using Dotkube.Proxy.Iptables;

namespace Dotkube.Proxy.Tests.E2e;

/// <summary>
/// Two network namespaces made for one test: "node", where the proxy's rules go and clients
/// connect from, and "pod" behind a veth pair (node 10.42.99.1, pod 10.42.99.2) running busybox
/// httpd servers. The host's own namespace and its iptables are never touched. Needs root.
/// </summary>
internal sealed class NetnsNode : IAsyncDisposable
{
    public const string NodeIP = "10.42.99.1";
    public const string PodIP = "10.42.99.2";

    private readonly List<Process> _servers = [];
    private readonly string _webRoot = Directory.CreateTempSubdirectory("dkproxy-").FullName;

    private NetnsNode(string id)
    {
        Node = $"dkp-{id}-n";
        Pod = $"dkp-{id}-p";
    }

    public string Node { get; }

    public string Pod { get; }

    /// <summary>Runs commands inside the node namespace: give it to the proxy.</summary>
    public IReadOnlyList<string> Prefix => ["ip", "netns", "exec", Node];

    public static async Task<NetnsNode> CreateAsync()
    {
        Assert.True(Environment.UserName == "root", "the proxy e2e tests need root (network namespaces and iptables)");
        foreach (var tool in new[] { "/usr/sbin/ip", "/usr/sbin/iptables-restore", "/usr/bin/busybox" })
            Assert.True(File.Exists(tool), $"{tool} is missing: install iproute2, iptables and busybox-static");
        var node = new NetnsNode(Guid.NewGuid().ToString("N")[..6]);
        try
        {
            var veth = $"v{node.Node[4..10]}";
            await RunAsync("ip", "netns", "add", node.Node);
            await RunAsync("ip", "netns", "add", node.Pod);
            await RunAsync("ip", "-n", node.Node, "link", "set", "lo", "up");
            await RunAsync("ip", "-n", node.Pod, "link", "set", "lo", "up");
            await RunAsync("ip", "-n", node.Node, "link", "add", veth + "n", "type", "veth", "peer", "name", veth + "p", "netns", node.Pod);
            await RunAsync("ip", "-n", node.Node, "addr", "add", NodeIP + "/24", "dev", veth + "n");
            await RunAsync("ip", "-n", node.Pod, "addr", "add", PodIP + "/24", "dev", veth + "p");
            await RunAsync("ip", "-n", node.Node, "link", "set", veth + "n", "up");
            await RunAsync("ip", "-n", node.Pod, "link", "set", veth + "p", "up");
            await RunAsync("ip", "-n", node.Pod, "route", "add", "default", "via", NodeIP);
            // Clients in the node namespace need a route to the service range before the DNAT picks the pod.
            await RunAsync("ip", "-n", node.Node, "route", "add", "10.43.0.0/16", "dev", veth + "n");
            return node;
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts an HTTP server in the pod namespace on <paramref name="port"/> whose / answers <paramref name="body"/>.</summary>
    public async Task ServeAsync(int port, string body)
    {
        var root = Path.Combine(_webRoot, port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(root);
        await File.WriteAllTextAsync(Path.Combine(root, "index.html"), body);
        var start = new ProcessStartInfo("ip") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var word in new[] { "netns", "exec", Pod, "busybox", "httpd", "-f", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-h", root })
            start.ArgumentList.Add(word);
        _servers.Add(Process.Start(start)!);
        // Ready once the pod namespace itself can fetch the page.
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (!(await GetAsync(["ip", "netns", "exec", Pod], "127.0.0.1", port)).StartsWith("error", StringComparison.Ordinal))
                return;
            await Task.Delay(50);
        }

        Assert.Fail($"busybox httpd on port {port} did not start");
    }

    /// <summary>Fetches http://<paramref name="ip"/>:<paramref name="port"/>/ from the node namespace: the body, or wget's error.</summary>
    public Task<string> FetchAsync(string ip, int port) => GetAsync(Prefix, ip, port);

    /// <summary>The node namespace's iptables-save output.</summary>
    public async Task<string> SaveAsync() => (await new CommandRunner(Prefix).RunAsync("iptables-save", [], null, default)).Stdout;

    /// <summary>
    /// An HTTP/1.0 GET through busybox nc (Debian's static busybox wget crashes in a namespace):
    /// the body, or "error: " and nc's message.
    /// </summary>
    private static async Task<string> GetAsync(IReadOnlyList<string> prefix, string ip, int port)
    {
        var result = await new CommandRunner(prefix).RunAsync("busybox",
            ["nc", "-w", "2", ip, port.ToString(System.Globalization.CultureInfo.InvariantCulture)], "GET / HTTP/1.0\r\n\r\n", default);
        var body = result.Stdout.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return result.Succeeded && body >= 0 ? result.Stdout[(body + 4)..] : "error: " + result.Stderr.Trim();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var server in _servers)
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            server.Dispose();
        }

        await RunAsync("ip", "netns", "del", Node).ContinueWith(_ => { });
        await RunAsync("ip", "netns", "del", Pod).ContinueWith(_ => { });
        Directory.Delete(_webRoot, recursive: true);
    }

    private static async Task RunAsync(params string[] words)
    {
        var result = await new CommandRunner([]).RunAsync(words[0], words[1..], null, default);
        Assert.True(result.Succeeded, $"{string.Join(' ', words)}: {result.Error}");
    }
}
