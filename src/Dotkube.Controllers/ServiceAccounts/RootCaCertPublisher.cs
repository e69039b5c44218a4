using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Serialization;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Dotkube.Client.Runtime;
using Dotkube.Controllers.Common;
using Microsoft.Extensions.Logging;

namespace Dotkube.Controllers.ServiceAccounts;

/// <summary>
/// Publishes the cluster CA as ConfigMap kube-root-ca.crt (key ca.crt) in every namespace
/// (upstream's rootcacertpublisher), so pods can verify the API server through projected
/// service account volumes. Recreated when deleted, restored when edited; never created in a
/// terminating namespace. Without a CA (<see cref="ControllerManagerOptions.RootCaPem"/> empty)
/// it does nothing. The queue holds namespace names.
/// </summary>
public sealed partial class RootCaCertPublisher : IManagedController, IReconciler<string>
{
    public const string ConfigMapName = "kube-root-ca.crt";

    public const string DataKey = "ca.crt";

    public const string DescriptionAnnotation = "kubernetes.io/description";

    /// <summary>Upstream's description of the ConfigMap, word for word: clients may show it.</summary>
    public const string Description =
        "Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP " +
        "or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.";

    private readonly ControllerContext _context;
    private readonly SharedInformer<Namespace> _namespaces;
    private readonly SharedInformer<ConfigMap> _configMaps;
    private readonly Controller<string> _controller;
    private readonly ILogger _logger;
    private readonly string _rootCa;

    public RootCaCertPublisher(ControllerContext context)
    {
        _context = context;
        _rootCa = context.Options.RootCaPem;
        _logger = context.Loggers.CreateLogger<RootCaCertPublisher>();
        _namespaces = context.Informers.For<Namespace>();
        _configMaps = context.Informers.For<ConfigMap>();
        _controller = new Controller<string>(Name, this, context.Time, _logger, new ControllerOptions { Workers = 1 }, context.Metrics);
        if (_rootCa.Length == 0)
            return;
        _namespaces.AddEventHandler(
            onAdd: (ns, _) => _controller.Queue.Add(ns.Metadata.Name!),
            onUpdate: (_, ns) =>
            {
                if (ns.Status.Phase == "Active")
                    _controller.Queue.Add(ns.Metadata.Name!);
            });
        _configMaps.AddEventHandler(
            onUpdate: (_, cm) => EnqueueNamespaceOf(cm),
            onDelete: EnqueueNamespaceOf);
    }

    public string Name => "root-ca-cert-publisher";

    public async Task RunAsync(CancellationToken ct)
    {
        if (_rootCa.Length == 0)
        {
            LogNoRootCa(_logger);
            return;
        }

        await _namespaces.WaitForSyncAsync(ct).ConfigureAwait(false);
        await _configMaps.WaitForSyncAsync(ct).ConfigureAwait(false);
        await _controller.RunAsync(ct).ConfigureAwait(false);
    }

    public async Task<ReconcileResult> ReconcileAsync(string key, CancellationToken ct)
    {
        var current = _configMaps.Lister.Get(key, ConfigMapName);
        if (current is null)
        {
            if (_namespaces.Lister.Get(null, key) is not { Status.Phase: "Active" })
                return ReconcileResult.Success;
            var created = new ConfigMap
            {
                Metadata = new ObjectMeta
                {
                    Name = ConfigMapName,
                    Namespace = key,
                    Annotations = new() { [DescriptionAnnotation] = Description },
                },
                Data = new() { [DataKey] = _rootCa },
            };
            try
            {
                await _context.Client.CreateAsync(created, ct: ct).ConfigureAwait(false);
            }
            catch (ApiStatusException e) when (e.IsNotFound || NamespaceTermination.Is(e))
            {
                // As upstream: no retry when the namespace is gone or terminating.
            }

            return ReconcileResult.Success;
        }

        if (current.Data is { Count: 1 } data && data.GetValueOrDefault(DataKey) == _rootCa &&
            !string.IsNullOrEmpty(current.Metadata.Annotations?.GetValueOrDefault(DescriptionAnnotation)))
            return ReconcileResult.Success;

        // A copy: cached objects are shared and must not change.
        var restored = KubeJson.Deserialize<ConfigMap>(KubeJson.Serialize(current));
        restored.Data = new() { [DataKey] = _rootCa };
        restored.Metadata.Annotations ??= [];
        restored.Metadata.Annotations[DescriptionAnnotation] = Description;
        await _context.Client.UpdateAsync(restored, ct: ct).ConfigureAwait(false);
        LogRestored(_logger, key);
        return ReconcileResult.Success;
    }

    private void EnqueueNamespaceOf(ConfigMap cm)
    {
        if (cm.Metadata.Name == ConfigMapName)
            _controller.Queue.Add(cm.Metadata.Namespace!);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No root CA configured; not publishing kube-root-ca.crt")]
    private static partial void LogNoRootCa(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Restored kube-root-ca.crt in namespace {Namespace}")]
    private static partial void LogRestored(ILogger logger, string @namespace);
}
