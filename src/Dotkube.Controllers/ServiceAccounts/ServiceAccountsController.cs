using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Dotkube.Client.Runtime;
using Dotkube.Controllers.Common;
using Microsoft.Extensions.Logging;

namespace Dotkube.Controllers.ServiceAccounts;

/// <summary>
/// Keeps a "default" ServiceAccount in every active namespace (upstream's ServiceAccountsController):
/// created when a namespace appears, recreated when deleted, never created in a terminating
/// namespace. The queue holds namespace names.
/// </summary>
public sealed partial class ServiceAccountsController : IManagedController, IReconciler<string>
{
    /// <summary>The accounts every namespace gets (upstream's DefaultServiceAccountsControllerOptions).</summary>
    public static readonly IReadOnlyList<string> AccountsToEnsure = ["default"];

    private readonly ControllerContext _context;
    private readonly SharedInformer<Namespace> _namespaces;
    private readonly SharedInformer<Api.Core.V1.ServiceAccount> _accounts;
    private readonly Controller<string> _controller;
    private readonly ILogger _logger;

    public ServiceAccountsController(ControllerContext context)
    {
        _context = context;
        _logger = context.Loggers.CreateLogger<ServiceAccountsController>();
        _namespaces = context.Informers.For<Namespace>();
        _accounts = context.Informers.For<Api.Core.V1.ServiceAccount>();
        // As upstream: one worker; the work is one create per namespace.
        _controller = new Controller<string>(Name, this, context.Time, _logger, new ControllerOptions { Workers = 1 }, context.Metrics);
        _namespaces.AddEventHandler(
            onAdd: (ns, _) => _controller.Queue.Add(ns.Metadata.Name!),
            onUpdate: (_, ns) => _controller.Queue.Add(ns.Metadata.Name!));
        _accounts.AddEventHandler(onDelete: account =>
        {
            if (AccountsToEnsure.Contains(account.Metadata.Name))
                _controller.Queue.Add(account.Metadata.Namespace!);
        });
    }

    public string Name => "serviceaccount";

    public async Task RunAsync(CancellationToken ct)
    {
        await _namespaces.WaitForSyncAsync(ct).ConfigureAwait(false);
        await _accounts.WaitForSyncAsync(ct).ConfigureAwait(false);
        await _controller.RunAsync(ct).ConfigureAwait(false);
    }

    public async Task<ReconcileResult> ReconcileAsync(string key, CancellationToken ct)
    {
        var ns = _namespaces.Lister.Get(null, key);
        if (ns is null || ns.Status.Phase != "Active")
            return ReconcileResult.Success;

        foreach (var name in AccountsToEnsure)
        {
            if (_accounts.Lister.Get(key, name) is not null)
                continue;
            try
            {
                var account = new Api.Core.V1.ServiceAccount { Metadata = new ObjectMeta { Name = name, Namespace = key } };
                await _context.Client.CreateAsync(account, ct: ct).ConfigureAwait(false);
                LogCreated(_logger, key, name);
            }
            catch (ApiStatusException e) when (e.IsAlreadyExists || NamespaceTermination.Is(e))
            {
                // Already there (our cache is behind), or the namespace started terminating.
            }
        }

        return ReconcileResult.Success;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created service account {Namespace}/{Account}")]
    private static partial void LogCreated(ILogger logger, string @namespace, string account);
}
