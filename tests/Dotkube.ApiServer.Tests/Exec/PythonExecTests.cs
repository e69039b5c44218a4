using System.Text.Json.Nodes;

namespace Dotkube.ApiServer.Tests.Exec;

/// <summary>The official Python client (Debian's python3-kubernetes 22.6, v4.channel.k8s.io) through the API server to the stand-in kubelet.</summary>
public sealed class PythonExecTests(ExecFixture cluster) : IClassFixture<ExecFixture>
{
    private const string Python = "/usr/bin/python3";

    // Prints what came back on each stream and the exit code the client makes of the final Status.
    private const string Script = """
        import json, sys
        from kubernetes import client, config
        from kubernetes.stream import stream
        config.load_kube_config(sys.argv[1])
        api = client.CoreV1Api()
        ws = stream(api.connect_get_namespaced_pod_exec, sys.argv[2], "default", command=sys.argv[3:],
                    stdin=False, stdout=True, stderr=True, tty=False, _preload_content=False)
        ws.run_forever(timeout=30)
        print(json.dumps({"stdout": ws.read_stdout(), "stderr": ws.read_stderr(), "code": ws.returncode}))
        """;

    [Fact]
    public async Task The_python_client_execs_over_v4_and_reads_both_streams()
    {
        var pod = await cluster.CreatePodAsync(["main"]);

        var result = await ExecAsync(pod, "streams");

        Assert.Equal("to stdout\n", result["stdout"]!.GetValue<string>());
        Assert.Equal("to stderr\n", result["stderr"]!.GetValue<string>());
        Assert.Equal(0, result["code"]!.GetValue<int>());
        var seen = Assert.Single(cluster.Kubelet.Seen, s => s.Path.Contains(pod, StringComparison.Ordinal));
        Assert.Equal(StandInKubelet.V4, seen.Protocol);
        Assert.Equal("?command=streams&error=1&output=1", seen.Query);
    }

    [Fact]
    public async Task The_python_client_reads_the_exit_code_of_a_NonZeroExitCode_status()
    {
        var pod = await cluster.CreatePodAsync(["main"]);

        var result = await ExecAsync(pod, "sh", "-c", "exit 3");

        Assert.Equal(3, result["code"]!.GetValue<int>());
    }

    private async Task<JsonNode> ExecAsync(string pod, params string[] command)
    {
        var (code, stdout, stderr) = await ToolRun.RunAsync(Python, ["-c", Script, cluster.Api.KubeconfigPath, pod, .. command],
            environment: new Dictionary<string, string> { ["PYTHONDONTWRITEBYTECODE"] = "1" });
        Assert.True(code == 0, $"python exited {code}: {stderr}");
        return JsonNode.Parse(stdout)!;
    }
}
