using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;
using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Serialization;
using Dotkube.Kubelet.Tests.Pods;
using Dotkube.Kubelet.Tests.Support;

namespace Dotkube.Kubelet.Tests.Server;

/// <summary>
/// E2E: `kubectl logs` against real pods on containerd, through the API server's pods/log proxy
/// and the kubelet API reading the CRI log files.
/// </summary>
public sealed partial class PodLogsTests(KubeletApiFixture fixture) : IClassFixture<KubeletApiFixture>
{
    private const string Ns = "default";
    private const string Busybox = "docker.io/library/busybox:1.36";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Logs_of_a_running_pod_tail_limit_and_timestamp_and_a_follow_streams_new_lines()
    {
        await CreateAsync("counter", "Always", [MainContainer("i=0; while true; do echo line $i; i=$((i+1)); sleep 0.3; done")]);
        await WaitForAsync("counter", p => p.Status.Phase == "Running", "Running");
        var kubectl = fixture.Kubectl;

        string all = "";
        await Eventually.HoldsAsync(async () => (all = (await kubectl.RunAsync("logs", "counter")).Stdout).Contains("line 2\n", StringComparison.Ordinal),
            Timeout, "kubectl logs shows the first lines");
        Assert.StartsWith("line 0\nline 1\nline 2\n", all, StringComparison.Ordinal);

        var tail = await kubectl.RunAsync("logs", "counter", "--tail=2");
        Assert.Equal(0, tail.Code);
        Assert.Matches(@"^line (\d+)\nline \d+\n$", tail.Stdout);

        var stamped = await kubectl.RunAsync("logs", "counter", "--tail=1", "--timestamps");
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}(Z|[+-]\d\d:\d\d) line \d+\n$", stamped.Stdout);

        var limited = await kubectl.RunAsync("logs", "counter", "--limit-bytes=8");
        Assert.Equal("line 0\nl", limited.Stdout);

        var recent = await kubectl.RunAsync("logs", "counter", "--since=1h");
        Assert.StartsWith("line 0\n", recent.Stdout, StringComparison.Ordinal);

        var noPrevious = await kubectl.RunAsync("logs", "counter", "--previous");
        Assert.NotEqual(0, noPrevious.Code);
        ContainsText("Error from server (BadRequest): previous terminated container \"main\" in pod \"counter\" not found", noPrevious.Stderr);

        // -f: the lines printed after kubectl started keep coming.
        using var follow = kubectl.Start("logs", "-f", "counter", "--tail=1");
        try
        {
            var first = LastNumber(await follow.StandardOutput.ReadLineAsync().WaitAsync(Timeout));
            for (var expected = first + 1; expected <= first + 5; expected++)
                Assert.Equal($"line {expected}", await follow.StandardOutput.ReadLineAsync().WaitAsync(Timeout));
        }
        finally
        {
            follow.Kill();
        }

        await DeleteAsync("counter");
    }

    [Fact]
    public async Task A_follow_ends_when_the_container_exits()
    {
        await CreateAsync("finite", "Never", [MainContainer("sleep 1; for i in 1 2 3; do echo n$i; sleep 1; done")]);
        await WaitForAsync("finite", p => p.Status.Phase is "Running" or "Succeeded", "started");
        var follow = await fixture.Kubectl.RunAsync("logs", "-f", "finite");
        Assert.Equal((0, "n1\nn2\nn3\n"), (follow.Code, follow.Stdout));
        await WaitForAsync("finite", p => p.Status.Phase == "Succeeded", "Succeeded");
        await DeleteAsync("finite");
    }

    [Fact]
    public async Task Previous_shows_the_last_run_of_a_crash_looping_container()
    {
        await CreateAsync("crash", "Always", [MainContainer("echo run $(cat /proc/uptime); echo to stderr >&2; exit 1")]);
        var restarted = await WaitForAsync("crash", p => p.Status.ContainerStatuses?.SingleOrDefault()?.RestartCount >= 1
            && p.Status.ContainerStatuses.Single().LastTerminationState.Terminated is not null, "restarted once");
        var kubectl = fixture.Kubectl;

        var previous = await kubectl.RunAsync("logs", "crash", "--previous");
        Assert.Equal(0, previous.Code);
        AssertOneRun(previous.Stdout);

        // Without --previous: the current run, or (backing off) the last one; either is a whole run.
        var current = await kubectl.RunAsync("logs", "crash");
        AssertOneRun(current.Stdout);
        Assert.NotNull(restarted.Status.ContainerStatuses!.Single().LastTerminationState.Terminated!.ContainerID);
        await DeleteAsync("crash");
    }

    [Fact]
    public async Task A_pod_of_two_containers_needs_the_container_named()
    {
        await CreateAsync("two", "Always", [Named("a", "echo from a; sleep 3600"), Named("b", "echo from b; sleep 3600")]);
        await WaitForAsync("two", p => p.Status.Phase == "Running", "Running");
        var kubectl = fixture.Kubectl;

        await Eventually.HoldsAsync(async () => (await kubectl.RunAsync("logs", "two", "-c", "b")).Stdout == "from b\n", Timeout, "kubectl logs -c b");
        var defaulted = await kubectl.RunAsync("logs", "two");
        Assert.Equal("from a\n", defaulted.Stdout);
        ContainsText("Defaulted container \"a\" out of: a, b", defaulted.Stderr);

        var raw = await kubectl.RunAsync("get", "--raw", "/api/v1/namespaces/default/pods/two/log");
        ContainsText("a container name must be specified for pod two, choose one of: [a b]", raw.Stderr);
        var unknown = await kubectl.RunAsync("logs", "two", "-c", "c");
        ContainsText("container c is not valid for pod two", unknown.Stderr);
        await DeleteAsync("two");
    }

    [Fact]
    public async Task Logs_of_a_deployment_come_from_one_of_its_pods()
    {
        var labels = new Dictionary<string, string> { ["app"] = "logged" };
        await fixture.Node.Client.CreateAsync(new Deployment
        {
            Metadata = new ObjectMeta { Name = "logged", Namespace = Ns },
            Spec = new DeploymentSpec
            {
                Replicas = 0,
                Selector = new LabelSelector { MatchLabels = labels },
                Template = new PodTemplateSpec
                {
                    Metadata = new ObjectMeta { Labels = labels },
                    Spec = new PodSpec { Containers = [new Container { Name = "main", Image = Busybox }] },
                },
            },
        });
        // No controllers run here: the deployment's pod is made by hand, with its labels.
        await CreateAsync("logged-1", "Always", [MainContainer("echo hello from the deployment; sleep 3600")], labels);
        await WaitForAsync("logged-1", p => p.Status.Phase == "Running", "Running");
        await Eventually.HoldsAsync(async () => (await fixture.Kubectl.RunAsync("logs", "deploy/logged")).Stdout == "hello from the deployment\n",
            Timeout, "kubectl logs deploy/logged");
        await DeleteAsync("logged-1");
    }

    [Fact]
    public async Task A_container_that_cannot_start_says_why()
    {
        await fixture.Node.Client.CreateAsync(new Pod
        {
            Metadata = new ObjectMeta { Name = "nope", Namespace = Ns },
            Spec = new PodSpec
            {
                NodeName = PodNodeFixture.NodeName,
                TerminationGracePeriodSeconds = 1,
                Containers = [new Container { Name = "main", Image = "example.invalid/none:1", ImagePullPolicy = "Never" }],
            },
        });
        await WaitForAsync("nope", p => p.Status.ContainerStatuses?.SingleOrDefault()?.State.Waiting?.Reason == "ErrImageNeverPull", "ErrImageNeverPull");
        var logs = await fixture.Kubectl.RunAsync("logs", "nope");
        ContainsText("Error from server (BadRequest): container \"main\" in pod \"nope\" is waiting to start: ErrImageNeverPull", logs.Stderr);
        await DeleteAsync("nope");
    }

    [Fact]
    public async Task The_kubelet_API_serves_only_the_API_server()
    {
        var url = $"https://127.0.0.1:{fixture.Server.Port}/containerLogs/default/none/main";
        using (var anonymous = Client(null))
        {
            var response = await anonymous.GetAsync(url);
            Assert.Equal((HttpStatusCode.Unauthorized, "Unauthorized"), (response.StatusCode, await response.Content.ReadAsStringAsync()));
        }

        using var admin = fixture.Node.Cluster.AdminCertificate();
        using (var asAdmin = Client(admin))
        {
            var response = await asAdmin.GetAsync(url);
            Assert.Equal((HttpStatusCode.Forbidden, "Forbidden (user=system:admin, verb=get, resource=nodes, subresource=log)"),
                (response.StatusCode, await response.Content.ReadAsStringAsync()));
        }

        var pki = fixture.Node.Cluster.Server.Pki;
        using var apiServer = pki.KubeletClient.ToCertificate();
        using var asApiServer = Client(apiServer);
        var missing = await asApiServer.GetAsync(url);
        Assert.Equal((HttpStatusCode.NotFound, "pod \"none\" does not exist\n"), (missing.StatusCode, await missing.Content.ReadAsStringAsync()));
    }

    /// <summary>One run's output: its stdout and stderr lines, in either order (containerd copies the two pipes independently).</summary>
    private static void AssertOneRun(string output)
    {
        var lines = output.Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal("", lines[2]);
        Assert.Single(lines, line => line == "to stderr");
        Assert.Single(lines, line => Regex.IsMatch(line, @"^run [\d.]+ [\d.]+$"));
    }

    private static void ContainsText(string expected, string actual) =>
        Assert.True(actual.Contains(expected, StringComparison.Ordinal), $"expected \"{expected}\" in \"{actual}\"");

    /// <summary>A client of the kubelet API with that client certificate (or none); the serving certificate is not checked.</summary>
    internal static HttpClient Client(X509Certificate2? certificate)
    {
        var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, _, _, _) => true };
        if (certificate is not null)
            handler.ClientCertificates.Add(certificate);
        return new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(10) };
    }

    private static int LastNumber(string? line) =>
        line is not null && NumberAtEnd().Match(line) is { Success: true } match ? int.Parse(match.Value, System.Globalization.CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"not a counter line: \"{line}\"");

    private static Container MainContainer(string script) => Named("main", script);

    private static Container Named(string name, string script) => new() { Name = name, Image = Busybox, Command = ["sh", "-c", script] };

    private async Task CreateAsync(string name, string restartPolicy, List<Container> containers, Dictionary<string, string>? labels = null) =>
        await fixture.Node.Client.CreateAsync(new Pod
        {
            Metadata = new ObjectMeta { Name = name, Namespace = Ns, Labels = labels },
            Spec = new PodSpec { NodeName = PodNodeFixture.NodeName, RestartPolicy = restartPolicy, TerminationGracePeriodSeconds = 1, Containers = containers },
        });

    private async Task<Pod> WaitForAsync(string name, Func<Pod, bool> condition, string what)
    {
        Pod? current = null;
        try
        {
            await Eventually.HoldsAsync(async () => condition(current = await fixture.GetAsync(name)), Timeout, $"pod {name} is {what}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new InvalidOperationException($"{e.Message}; last status: {Encoding.UTF8.GetString(KubeJson.Serialize(current?.Status))}", e);
        }

        return current!;
    }

    private async Task DeleteAsync(string name) =>
        await fixture.Node.Client.DeleteAsync<Pod>(Ns, name, new DeleteOptions { GracePeriodSeconds = 1 });

    [GeneratedRegex(@"\d+$")]
    private static partial Regex NumberAtEnd();
}
