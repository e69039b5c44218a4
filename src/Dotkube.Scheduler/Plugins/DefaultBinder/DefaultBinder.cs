using Dotkube.Api.Core.V1;
using Dotkube.Client.Rest;
using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Plugins.DefaultBinder;

/// <summary>Upstream's default bind plugin: POSTs a Binding to pods/{name}/binding (the pod's uid guards against a recreated pod).</summary>
public sealed class DefaultBinder(IFrameworkHandle handle) : IBindPlugin
{
    public const string PluginName = "DefaultBinder";

    public string Name => PluginName;

    public async Task<Status> BindAsync(CycleState state, Pod pod, string nodeName, CancellationToken ct)
    {
        try
        {
            await handle.Client.BindAsync(pod, nodeName, ct: ct).ConfigureAwait(false);
            return Status.Success;
        }
        catch (ApiStatusException e)
        {
            return Status.Error(e.Message);
        }
        catch (HttpRequestException e)
        {
            return Status.Error(e.Message);
        }
    }
}
