using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Config;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Dotkube.Scheduler.Framework;
using Dotkube.Scheduler.Profiles;
using Dotkube.Scheduler.Runtime;
using Dotkube.Testing;
using Dotkube.Testing.HollowNodes;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dotkube.Scheduler.Tests.Scheduling;

/// <summary>The scheduler against a real API server and hollow nodes that do not bind pods themselves.</summary>
public sealed class SchedulerIntegrationTests : IAsyncLifetime
{
    private const string Config = """
        apiVersion: kubescheduler.config.k8s.io/v1
        kind: KubeSchedulerConfiguration
        profiles:
        - schedulerName: default-scheduler
          plugins:
            multiPoint:
              enabled: [{name: PrioritySort}, {name: LabelFilter}, {name: LabelScore, weight: 2}, {name: DefaultBinder}]
              disabled: [{name: '*'}]
        """;

    private readonly CancellationTokenSource _stop = new();
    private readonly InMemoryScheduleMetrics _metrics = new();
    private InProcessCluster _cluster = null!;
    private KubeClient _client = null!;
    private HollowNodeSet _nodes = null!;
    private Scheduler _scheduler = null!;
    private Task _running = Task.CompletedTask;
    private string _ns = "";

    public async Task InitializeAsync()
    {
        _cluster = await InProcessCluster.StartAsync();
        _client = new KubeClient(KubeconfigLoader.Load(_cluster.KubeconfigPath));
        _ns = "t-" + Guid.NewGuid().ToString("N")[..8];
        await _client.CreateAsync(new Namespace { Metadata = new ObjectMeta { Name = _ns } });
        _nodes = await HollowNodeSet.StartAsync(_client, new HollowNodeOptions { Count = 3 });
        var informers = new SharedInformerFactory(_client, TimeProvider.System, NullLoggerFactory.Instance);
        _scheduler = new Scheduler(_client, informers, TimeProvider.System, NullLoggerFactory.Instance, new SchedulerOptions
        {
            Configuration = SchedulerConfiguration.Parse(Config),
            OutOfTreeRegistry = new Dictionary<string, PluginFactory>
            {
                [LabelFilter.PluginName] = (args, _) => new LabelFilter(args),
                [LabelScore.PluginName] = (_, _) => new LabelScore(),
            },
            Metrics = _metrics,
            RandomSeed = 1,
        });
        _running = Task.Run(() => _scheduler.RunAsync(_stop.Token));
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        await _running;
        await _scheduler.DisposeAsync();
        await _nodes.DisposeAsync();
        _client.Dispose();
        await _cluster.DisposeAsync();
    }

    private Task LabelAsync(string node, string labels) =>
        _client.PatchAsync<Node>(null, node, PatchType.Merge, "{\"metadata\":{\"labels\":{" + labels + "}}}");

    private Task<Pod> CreatePodAsync(string name, string? schedulerName = null) => _client.CreateAsync(new Pod
    {
        Metadata = new ObjectMeta { Name = name, Namespace = _ns },
        Spec = new PodSpec { SchedulerName = schedulerName, Containers = [new Container { Name = "c", Image = "busybox" }] },
    });

    private async Task<Pod> WaitForPodAsync(string name, Func<Pod, bool> done, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var pod = await _client.GetAsync<Pod>(_ns, name);
            if (done(pod))
                return pod;
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"Timed out waiting for {what}; pod is on \"{pod.Spec.NodeName}\", conditions: " +
                    string.Join("; ", (pod.Status.Conditions ?? []).Select(c => $"{c.Type}={c.Status} {c.Reason} {c.Message}")));
            await Task.Delay(50);
        }
    }

    private async Task<Event> WaitForEventAsync(string pod, string reason)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var events = await _client.ListAsync<Event>(_ns);
            if (events.Items.FirstOrDefault(e => e.InvolvedObject.Name == pod && e.Reason == reason) is { } found)
                return found;
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"Timed out waiting for a {reason} event of {pod}");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task Pods_are_bound_to_the_best_scoring_node_that_passes_the_filter()
    {
        var names = _nodes.Names.Order().ToList();
        await LabelAsync(names[0], "\"schedulable\":\"yes\",\"score\":\"10\"");
        await LabelAsync(names[1], "\"schedulable\":\"yes\",\"score\":\"50\"");
        await LabelAsync(names[2], "\"score\":\"100\"");

        foreach (var i in Enumerable.Range(0, 3))
            await CreatePodAsync($"web-{i}");

        foreach (var i in Enumerable.Range(0, 3))
            await WaitForPodAsync($"web-{i}", p => p.Spec.NodeName == names[1], $"web-{i} on {names[1]}");
        var scheduled = await WaitForEventAsync("web-0", "Scheduled");
        Assert.Equal(("Normal", $"Successfully assigned {_ns}/web-0 to {names[1]}", "default-scheduler"),
            (scheduled.Type, scheduled.Message, scheduled.Source.Component));
        Assert.Equal(3, _metrics.Attempts(ScheduleResults.Scheduled, "default-scheduler"));
    }

    [Fact]
    public async Task An_unschedulable_pod_gets_the_condition_and_event_and_is_scheduled_once_a_node_fits()
    {
        await CreatePodAsync("waiting");

        const string message = "0/3 nodes are available: 3 " + LabelFilter.Reason + ".";
        var pod = await WaitForPodAsync("waiting", p => p.Status.Conditions?.Any(c => c.Type == "PodScheduled") == true, "PodScheduled condition");
        var condition = pod.Status.Conditions!.Single(c => c.Type == "PodScheduled");
        Assert.Equal(("False", "Unschedulable", message), (condition.Status, condition.Reason, condition.Message));
        var failed = await WaitForEventAsync("waiting", "FailedScheduling");
        Assert.Equal(("Warning", message), (failed.Type, failed.Message));
        Assert.Null(pod.Spec.NodeName);

        var node = _nodes.Names.Order().Last();
        await LabelAsync(node, "\"schedulable\":\"yes\"");

        await WaitForPodAsync("waiting", p => p.Spec.NodeName == node, "the pod bound after the node label event");
    }

    [Fact]
    public async Task Pods_for_another_scheduler_are_left_alone()
    {
        foreach (var node in _nodes.Names)
            await LabelAsync(node, "\"schedulable\":\"yes\"");
        await CreatePodAsync("other", schedulerName: "my-scheduler");
        await CreatePodAsync("mine");

        await WaitForPodAsync("mine", p => p.Spec.NodeName is not null, "the default-scheduler pod bound");

        var other = await _client.GetAsync<Pod>(_ns, "other");
        Assert.Null(other.Spec.NodeName);
        Assert.Null(other.Status.Conditions?.FirstOrDefault(c => c.Type == "PodScheduled"));
        Assert.Equal(1, _metrics.Attempts(ScheduleResults.Scheduled, "default-scheduler"));
    }
}
