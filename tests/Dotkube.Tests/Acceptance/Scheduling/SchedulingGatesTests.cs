using Dotkube.Tests.Acceptance.Controllers;
using Dotkube.Tests.Acceptance.Kubectl;

namespace Dotkube.Tests.Acceptance.Scheduling;

/// <summary>Pod scheduling readiness and pod priority as kubectl users see them on dotkube server.</summary>
[Collection(HollowClusterCollection.Name)]
public sealed class SchedulingGatesTests(HollowClusterFixture cluster)
{
    [Fact]
    public async Task A_gated_pod_shows_SchedulingGated_and_is_bound_once_kubectl_patch_removes_its_gates()
    {
        var ns = await cluster.NewNamespaceAsync("gates");
        await cluster.ApplyAsync(ns, """
            apiVersion: v1
            kind: Pod
            metadata: {name: held}
            spec:
              schedulingGates: [{name: example.com/quota}, {name: example.com/review}]
              containers: [{name: c, image: busybox}]
            """);

        var get = await cluster.OkAsync("get", "pod", "held", "-n", ns);
        Assert.Matches(@"held\s+0/1\s+SchedulingGated\s+0", get);
        Assert.Equal("False/SchedulingGated/Scheduling is blocked due to non-empty scheduling gates",
            await cluster.JsonPathAsync(ns, "pod/held",
                "{.status.conditions[?(@.type==\"PodScheduled\")].status}/{.status.conditions[?(@.type==\"PodScheduled\")].reason}/{.status.conditions[?(@.type==\"PodScheduled\")].message}"));

        // Adding a gate is refused; removing one leaves the pod gated and unbound.
        var added = await cluster.Kubectl.RunAsync("patch", "pod", "held", "-n", ns, "--type=json",
            "-p", """[{"op":"add","path":"/spec/schedulingGates/-","value":{"name":"example.com/more"}}]""");
        Assert.NotEqual(0, added.ExitCode);
        Assert.Contains("only deletion is allowed, but found new scheduling gate 'example.com/more'", added.Stderr);
        await cluster.OkAsync("patch", "pod", "held", "-n", ns, "--type=json", "-p", """[{"op":"remove","path":"/spec/schedulingGates/0"}]""");
        // A pod created after the gated one is scheduled while the gated one still waits.
        await cluster.ApplyAsync(ns, "apiVersion: v1\nkind: Pod\nmetadata: {name: free}\nspec: {containers: [{name: c, image: busybox}]}\n");
        await ClusterSteps.UntilAsync(() => cluster.JsonPathAsync(ns, "pod/free", "{.spec.nodeName}"), n => n.Length > 0, "the ungated pod bound");
        Assert.Equal("", await cluster.JsonPathAsync(ns, "pod/held", "{.spec.nodeName}"));
        Assert.Contains("SchedulingGated", await cluster.OkAsync("get", "pod", "held", "-n", ns));

        await cluster.OkAsync("patch", "pod", "held", "-n", ns, "--type=merge", "-p", """{"spec":{"schedulingGates":null}}""");

        await ClusterSteps.UntilAsync(() => cluster.JsonPathAsync(ns, "pod/held", "{.spec.nodeName}"), n => n.Length > 0,
            "the pod bound once its gates are gone", TimeSpan.FromSeconds(10));
        var metrics = await cluster.OkAsync("get", "--raw", "/metrics");
        Assert.Contains("scheduler_pending_pods{queue=\"gated\"}", metrics);
    }

    [Fact]
    public async Task A_pod_gets_the_priority_of_its_class_and_an_unknown_class_is_forbidden()
    {
        var ns = await cluster.NewNamespaceAsync("prio");
        var className = "high-" + ns;
        await cluster.ApplyAsync(ns, $$"""
            apiVersion: scheduling.k8s.io/v1
            kind: PriorityClass
            metadata: {name: {{className}}}
            value: 1000
            preemptionPolicy: Never
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: important}
            spec:
              priorityClassName: {{className}}
              containers: [{name: c, image: busybox}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: plain}
            spec: {containers: [{name: c, image: busybox}]}
            """);

        Assert.Equal("1000 Never", await cluster.JsonPathAsync(ns, "pod/important", "{.spec.priority} {.spec.preemptionPolicy}"));
        Assert.Equal("0 PreemptLowerPriority", await cluster.JsonPathAsync(ns, "pod/plain", "{.spec.priority} {.spec.preemptionPolicy}"));
        Assert.Equal("2000001000", await cluster.OkAsync("get", "priorityclass", "system-node-critical", "-o", "jsonpath={.value}"));

        var refused = await cluster.Kubectl.RunAsync(["apply", "-n", ns, "-f", "-"], new ToolOptions
        {
            Stdin = "apiVersion: v1\nkind: Pod\nmetadata: {name: lost}\nspec: {priorityClassName: foo, containers: [{name: c, image: busybox}]}\n",
        });

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("Error from server (Forbidden)", refused.Stderr);
        Assert.Contains("pods \"lost\" is forbidden: no PriorityClass with name foo was found", refused.Stderr);
        await cluster.OkAsync("delete", "priorityclass", className);
    }
}
