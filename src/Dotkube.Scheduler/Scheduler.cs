using Dotkube.Api.Core.V1;
using Dotkube.Client.Events;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Dotkube.Scheduler.Cache;
using Dotkube.Scheduler.Framework;
using Dotkube.Scheduler.Plugins.DefaultBinder;
using Dotkube.Scheduler.Plugins.PrioritySort;
using Dotkube.Scheduler.Queue;
using Dotkube.Scheduler.Runtime;
using Microsoft.Extensions.Logging;

namespace Dotkube.Scheduler;

/// <summary>
/// kube-scheduler: watches nodes and pods, queues the pending pods of its profiles, and schedules
/// them one at a time (upstream scheduleOne): a scheduling cycle picks a node on a snapshot of the
/// cache and assumes the pod there, then a binding cycle binds it in the background while the next
/// pod is scheduled. Failures are reported on the pod (PodScheduled=False and a FailedScheduling
/// event) and the pod is retried after a backoff or when the cluster changes.
/// </summary>
public sealed partial class Scheduler : IAsyncDisposable
{
    private readonly KubeClient _client;
    private readonly SharedInformerFactory _informers;
    private readonly TimeProvider _time;
    private readonly SchedulerOptions _options;
    private readonly ILogger _logger;
    private readonly Dictionary<string, ProfileRunner> _profiles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EventRecorder> _recorders = new(StringComparer.Ordinal);
    private readonly Snapshot _snapshot = new();
    private readonly Random _random;
    private readonly SharedInformer<Pod> _pods;
    private readonly SharedInformer<Node> _nodes;
    private readonly List<Task> _bindings = [];
    private int _nextStartNodeIndex;

    public Scheduler(KubeClient client, SharedInformerFactory informers, TimeProvider time, ILoggerFactory loggers, SchedulerOptions? options = null)
    {
        _client = client;
        _informers = informers;
        _time = time;
        _options = options ?? new SchedulerOptions();
        _options.Validate();
        _logger = loggers.CreateLogger<Scheduler>();
        _random = _options.RandomSeed is { } seed ? new Random(seed) : new Random();
        Cache = new SchedulerCache(time, _options.AssumedPodTtl);
        Nominator = new PodNominator();

        var registry = new Dictionary<string, PluginFactory>(PluginRegistry.All, StringComparer.Ordinal);
        foreach (var (name, factory) in _options.OutOfTreeRegistry)
            registry[name] = factory;
        // The two plugins every profile needs come with the runtime, whether or not the registry lists them yet.
        registry.TryAdd(PrioritySort.PluginName, (_, _) => new PrioritySort());
        registry.TryAdd(DefaultBinder.PluginName, (_, handle) => new DefaultBinder(handle));

        foreach (var profile in _options.Configuration.Profiles)
        {
            var handle = new SchedulerHandle(client, informers, time, _snapshot, Nominator, loggers, _options.Parallelism);
            var runner = new ProfileRunner(profile, registry, handle, loggers.CreateLogger<ProfileRunner>());
            handle.Runner = runner;
            _profiles[profile.SchedulerName] = runner;
            _recorders[profile.SchedulerName] = handle.Recorder = new EventRecorder(client,
                new EventRecorderOptions { Component = profile.SchedulerName, Host = _options.EventHost }, time, loggers.CreateLogger<EventRecorder>());
        }

        var first = _profiles.Values.First();
        if (_profiles.Values.Any(p => p.QueueSort.Name != first.QueueSort.Name))
            throw new ArgumentException("all profiles must use the same queueSort plugin, as upstream requires");
        Queue = new SchedulingQueue(first.QueueSort.Less, time, new SchedulingQueueOptions
        {
            InitialBackoff = _options.Configuration.PodInitialBackoff,
            MaxBackoff = _options.Configuration.PodMaxBackoff,
            EventsOfPlugin = plugin => EventsOf(plugin),
            PreEnqueue = RunPreEnqueue,
        }, _options.Metrics);

        _pods = informers.For<Pod>();
        _nodes = informers.For<Node>();
        _pods.AddEventHandler((pod, _) => OnPodAdded(pod), OnPodUpdated, OnPodDeleted);
        _nodes.AddEventHandler((node, _) => OnNodeAdded(node), OnNodeUpdated, OnNodeDeleted);
        WatchVolumeEvents(informers);
    }

    internal SchedulerCache Cache { get; }

    internal SchedulingQueue Queue { get; }

    internal PodNominator Nominator { get; }

    public IReadOnlyDictionary<string, ProfileRunner> Profiles => _profiles;

    /// <summary>Starts the informers, waits for their first list, and schedules until <paramref name="ct"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        await _informers.StartAsync(ct).ConfigureAwait(false);
        if (!await _pods.WaitForSyncAsync(ct).ConfigureAwait(false) || !await _nodes.WaitForSyncAsync(ct).ConfigureAwait(false))
            return;
        LogStarted(_logger, string.Join(", ", _profiles.Keys));
        var background = Task.WhenAll(Queue.RunAsync(ct), CleanupAssumedPodsAsync(ct));
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var info = await Queue.PopAsync(ct).ConfigureAwait(false);
                await ScheduleOneAsync(info, ct).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }

        await background.ConfigureAwait(false);
        Task[] bindings;
        lock (_bindings)
            bindings = [.. _bindings];
        await Task.WhenAll(bindings).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var recorder in _recorders.Values)
            await recorder.DisposeAsync().ConfigureAwait(false);
    }

    private IReadOnlyList<ClusterEvent>? EventsOf(string plugin)
    {
        foreach (var profile in _profiles.Values)
        {
            if (profile.Plugins.ContainsKey(plugin))
                return profile.EventsOf(plugin);
        }

        return null;
    }

    private async Task CleanupAssumedPodsAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(_options.AssumedPodCleanupInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(ct).ConfigureAwait(false))
            {
                foreach (var pod in Cache.CleanupExpiredAssumedPods())
                    LogAssumedPodExpired(_logger, pod.Metadata.Namespace, pod.Metadata.Name);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }
}
