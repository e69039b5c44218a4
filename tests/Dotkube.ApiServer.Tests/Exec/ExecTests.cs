namespace Dotkube.ApiServer.Tests.Exec;

/// <summary>
/// pods/exec and pods/attach through the API server to a stand-in kubelet, driven by the real
/// kubectl 1.32 (WebSocket v5 first, SPDY only if that upgrade fails) and by plain HTTP for the
/// answers the API server gives itself.
/// </summary>
public sealed class ExecTests(ExecFixture cluster) : IClassFixture<ExecFixture>
{
    [Fact]
    public async Task Kubectl_exec_exits_with_the_code_of_a_NonZeroExitCode_status()
    {
        var pod = await cluster.CreatePodAsync(["main"]);

        var (code, _, stderr) = await cluster.KubectlAsync(null, "exec", pod, "--", "sh", "-c", "exit 3");

        Assert.True(code == 3, stderr);
        Assert.Contains("command terminated with exit code 3", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_kubelet_gets_upstreams_query_over_a_v5_websocket_and_no_SPDY_fallback_happens()
    {
        var pod = await cluster.CreatePodAsync(["main"]);

        var (code, _, stderr) = await cluster.KubectlAsync(null, "exec", pod, "--", "sh", "-c", "exit 0");

        Assert.True(code == 0, stderr);
        var seen = Assert.Single(cluster.Kubelet.Seen, s => s.Path.Contains(pod, StringComparison.Ordinal));
        Assert.Equal("GET", seen.Method);
        Assert.Equal($"/exec/default/{pod}/main", seen.Path);
        Assert.Equal("?command=sh&command=-c&command=exit+0&error=1&output=1", seen.Query);
        Assert.Equal(StandInKubelet.V5, seen.Protocol);
    }

    [Fact]
    public async Task Kubectl_exec_passes_stdout_and_stderr_through()
    {
        var pod = await cluster.CreatePodAsync(["main"]);

        var (code, stdout, stderr) = await cluster.KubectlAsync(null, "exec", pod, "--", "streams");

        Assert.True(code == 0, stderr);
        Assert.Equal("to stdout\n", stdout);
        Assert.Equal("to stderr\n", stderr);
    }

    [Fact]
    public async Task Kubectl_exec_i_sends_stdin_and_its_v5_close_to_the_kubelet()
    {
        var pod = await cluster.CreatePodAsync(["main"]);

        var (code, stdout, stderr) = await cluster.KubectlAsync("line one\nline two\n", "exec", "-i", pod, "--", "cat");

        Assert.True(code == 0, stderr);
        Assert.Equal("line one\nline two\n", stdout);
        var seen = Assert.Single(cluster.Kubelet.Seen, s => s.Path.Contains(pod, StringComparison.Ordinal));
        Assert.Contains("input=1", seen.Query, StringComparison.Ordinal);
        Assert.True(seen.StdinClosed);
    }

    [Fact]
    public async Task Kubectl_attach_streams_the_containers_output()
    {
        var pod = await cluster.CreatePodAsync(["main"]);

        var (code, stdout, stderr) = await cluster.KubectlAsync(null, "attach", pod, "-c", "main");

        Assert.True(code == 0, stderr);
        Assert.Equal("attached\n", stdout);
        var seen = Assert.Single(cluster.Kubelet.Seen, s => s.Path.Contains(pod, StringComparison.Ordinal));
        Assert.Equal($"/attach/default/{pod}/main", seen.Path);
        Assert.Equal("?error=1&output=1", seen.Query);
    }

    [Fact]
    public async Task Kubectl_exec_into_a_pod_without_a_node_fails_with_upstreams_message()
    {
        var pod = await cluster.CreatePodAsync(["main"], node: null);

        var (code, _, stderr) = await cluster.KubectlAsync(null, "exec", pod, "--", "true");

        Assert.Equal(1, code);
        Assert.Contains($"Error from server (BadRequest): pod {pod} does not have a host assigned", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kubelet_that_refuses_the_upgrade_has_its_answer_relayed()
    {
        await cluster.CreatePodAsync(["main"], name: StandInKubelet.GonePod);

        var (code, _, stderr) = await cluster.KubectlAsync(null, "exec", StandInKubelet.GonePod, "--", "true");

        Assert.Equal(1, code);
        Assert.Contains("pod does not exist", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exec_on_a_missing_pod_is_404()
    {
        var answer = await cluster.Api.GetAsync("/api/v1/namespaces/default/pods/nope/exec?command=ls&stdout=true");

        Assert.Equal(404, answer.Code);
        Assert.Equal("pods \"nope\" not found", answer.Json["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("", "a container name must be specified for pod {0}, choose one of: [first second]")]
    [InlineData("&container=third", "container third is not valid for pod {0}")]
    public async Task An_unnamed_or_unknown_container_is_400(string query, string message)
    {
        var pod = await cluster.CreatePodAsync(["first", "second"]);

        var answer = await cluster.Api.GetAsync($"/api/v1/namespaces/default/pods/{pod}/exec?command=ls&stdout=true{query}");

        Assert.Equal(400, answer.Code);
        Assert.Equal("BadRequest", answer.Reason);
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, message, pod), answer.Json["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("exec")]
    [InlineData("attach")]
    public async Task A_request_that_is_no_upgrade_is_400(string subresource)
    {
        var pod = await cluster.CreatePodAsync(["main"]);

        var answer = await cluster.Api.SendAsync(HttpMethod.Post, $"/api/v1/namespaces/default/pods/{pod}/{subresource}?command=ls&stdout=true", null, null);

        Assert.Equal(400, answer.Code);
        Assert.Equal("Upgrade request required", answer.Json["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_node_whose_kubelet_cannot_be_dialled_is_500()
    {
        var created = await cluster.Api.PostAsync("/api/v1/nodes", """{"apiVersion":"v1","kind":"Node","metadata":{"name":"unreachable"}}""");
        Assert.Equal(201, created.Code);
        // Port 1 on loopback: nothing listens there.
        var patched = await cluster.Api.PatchAsync("/api/v1/nodes/unreachable/status",
            """{"status":{"addresses":[{"type":"InternalIP","address":"127.0.0.1"}],"daemonEndpoints":{"kubeletEndpoint":{"Port":1}}}}""",
            "application/merge-patch+json");
        Assert.Equal(200, patched.Code);
        var pod = await cluster.CreatePodAsync(["main"], node: "unreachable");

        var (code, _, stderr) = await cluster.KubectlAsync(null, "exec", pod, "--", "true");

        Assert.Equal(1, code);
        Assert.Contains("Error from server: error dialing backend: ", stderr, StringComparison.Ordinal);
    }
}
