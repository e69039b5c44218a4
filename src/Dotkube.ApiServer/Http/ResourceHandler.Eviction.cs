using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Policy.V1;
using Dotkube.Api.Serialization;
using Dotkube.ApiServer.Errors;
using Dotkube.ApiServer.Registry;

namespace Dotkube.ApiServer.Http;

/// <summary>
/// pods/eviction as upstream's EvictionREST: a delete that honours the pod's PodDisruptionBudget.
/// Pods that are finished, Pending or already terminating are deleted without asking a budget.
/// Otherwise the one budget selecting the pod must allow a disruption, which is taken from it
/// (disruptionsAllowed decremented, the pod recorded in disruptedPods) before the pod gets a
/// DisruptionTarget condition and is deleted with the eviction's DeleteOptions.
/// </summary>
public sealed partial class ResourceHandler
{
    /// <summary>Upstream's EvictionsRetry: how often a conflicting write is tried again.</summary>
    private const int EvictionRetries = 20;

    private async Task EvictAsync(ApiRequest request)
    {
        var eviction = await ReadBodyAsync<Eviction>(request);
        if (eviction.Metadata.Name != request.Info.Name)
        {
            throw ApiErrors.BadRequest("name in URL does not match name in Eviction object");
        }

        var options = EvictionDeleteOptions(request, eviction);
        var dryRun = options.DryRun is { Count: > 0 };
        RequestOptions.ValidateDelete(options);
        var name = request.Info.Name;

        // Conflicts are retried, unless the caller pinned a resourceVersion (then they are its answer).
        var pod = await RetryConflictsAsync(options.Preconditions?.ResourceVersion is null, async () =>
        {
            var current = (Pod)await request.Store.GetRequiredAsync(request.Namespace, name, request.Aborted);
            if (CanIgnoreBudget(current))
            {
                var pinned = options;
                // As upstream: a pod that could still become ready is pinned to the version judged
                // (unless the caller pinned one itself).
                if (current.Metadata.DeletionTimestamp is null && current.Status?.Phase is not ("Succeeded" or "Failed")
                    && options.Preconditions?.ResourceVersion is null)
                {
                    pinned = WithResourceVersion(options, current.Metadata.ResourceVersion);
                }

                await MarkAndDeletePodAsync(request, name, pinned, dryRun);
                return null;
            }

            return current;
        });

        if (pod is not null && !await PassBudgetAsync(request, pod, options, dryRun))
        {
            return;
        }

        await ResponseWriter.WriteJsonAsync(request.Http, 201, new Status { Kind = "Status", ApiVersion = "v1", Outcome = "Success", Code = 201 }, typeof(Status));
    }

    /// <summary>
    /// Upstream's propagateDryRun: the eviction's DeleteOptions (or empty ones) with the request's
    /// dryRun when they name none; both naming different dry-run values is an error.
    /// </summary>
    private static DeleteOptions EvictionDeleteOptions(ApiRequest request, Eviction eviction)
    {
        var fromQuery = request.Http.Request.Query["dryRun"].Select(v => v ?? "").ToList();
        var options = eviction.DeleteOptions ?? new DeleteOptions();
        if (options.DryRun is not { Count: > 0 })
        {
            options.DryRun = fromQuery.Count > 0 ? fromQuery : null;
        }
        else if (fromQuery.Count > 0 && !fromQuery.SequenceEqual(options.DryRun))
        {
            throw ApiErrors.InternalError(
                $"Non-matching dry-run options in request and content: [{string.Join(" ", fromQuery)}] and [{string.Join(" ", options.DryRun)}]");
        }

        if (options.GracePeriodSeconds < 0)
        {
            options.GracePeriodSeconds = 1;
        }

        return options;
    }

    /// <summary>
    /// Checks the pod's budget and, when it allows the eviction, deletes the pod. False when the
    /// answer (500 for several budgets) has already been written.
    /// </summary>
    private async Task<bool> PassBudgetAsync(ApiRequest request, Pod pod, DeleteOptions options, bool dryRun)
    {
        var budgets = await BudgetsSelectingAsync(pod, request.Aborted);
        if (budgets.Count > 1)
        {
            var status = new Status
            {
                Kind = "Status",
                ApiVersion = "v1",
                Outcome = "Failure",
                Message = "This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.",
                Code = 500,
            };
            await ResponseWriter.WriteJsonAsync(request.Http, 500, status, typeof(Status));
            return false;
        }

        var budget = budgets.Count == 1 ? budgets[0] : null;
        // An unready pod does not count as healthy, so its eviction takes nothing from the budget
        // when the budget says so; it is then pinned to the version whose readiness was judged.
        var pinToVersion = budget is not null && !IsPodReady(pod) && UnhealthyPodMayGo(budget);
        if (budget is not null && !pinToVersion)
        {
            await TakeDisruptionAsync(budget, pod.Metadata.Name!, dryRun, request.Aborted);
        }

        var deleteOptions = pinToVersion ? WithResourceVersion(options, pod.Metadata.ResourceVersion) : options;
        try
        {
            await MarkAndDeletePodAsync(request, pod.Metadata.Name!, deleteOptions, dryRun);
        }
        catch (ApiException e) when (e.Reason == "Conflict" && pinToVersion && options.Preconditions?.ResourceVersion is null)
        {
            // The pod changed since its readiness was judged: the client should try again.
            throw BudgetStillProcessing(budget!.Metadata.Name!);
        }

        return true;
    }

    /// <summary>
    /// Upstream's addConditionAndDeletePod: unless dry-running, the latest pod (checked against
    /// the preconditions) gets DisruptionTarget=True (EvictionByEvictionAPI); a resourceVersion
    /// precondition then moves to the version this write made. Then the graceful delete.
    /// </summary>
    private async Task MarkAndDeletePodAsync(ApiRequest request, string name, DeleteOptions options, bool dryRun)
    {
        if (!dryRun)
        {
            var (updated, written) = await request.Store.GuaranteedUpdateAsync(request.Namespace, name, obj =>
            {
                CheckPreconditions(request, obj, options.Preconditions);
                var pod = (Pod)obj;
                return AddDisruptionTarget(pod, ObjectStrategy.TruncateToSeconds(Now)) ? pod : null;
            }, request.Aborted);
            if (written && options.Preconditions?.ResourceVersion is not null)
            {
                options = WithResourceVersion(options, updated.Metadata.ResourceVersion);
            }
        }

        await DeleteObjectAsync(request, name, options, dryRun);
    }

    /// <summary>podutil.UpdatePodCondition: lastTransitionTime moves only with the status; false when nothing changes.</summary>
    private static bool AddDisruptionTarget(Pod pod, DateTimeOffset now)
    {
        pod.Status ??= new PodStatus();
        pod.Status.Conditions ??= [];
        var wanted = new PodCondition
        {
            Type = "DisruptionTarget",
            Status = "True",
            Reason = "EvictionByEvictionAPI",
            Message = "Eviction API: evicting",
            LastTransitionTime = now,
        };
        var index = pod.Status.Conditions.FindIndex(c => c.Type == wanted.Type);
        if (index < 0)
        {
            pod.Status.Conditions.Add(wanted);
            return true;
        }

        var old = pod.Status.Conditions[index];
        if (old.Status == wanted.Status && old.Reason == wanted.Reason && old.Message == wanted.Message)
        {
            return false;
        }

        if (old.Status == wanted.Status)
        {
            wanted.LastTransitionTime = old.LastTransitionTime;
        }

        pod.Status.Conditions[index] = wanted;
        return true;
    }

    /// <summary>Upstream's canIgnorePDB: a finished or Pending pod, or one already terminating, disrupts nothing more.</summary>
    private static bool CanIgnoreBudget(Pod pod) =>
        pod.Status?.Phase is "Succeeded" or "Failed" or "Pending" || pod.Metadata.DeletionTimestamp is not null;

    private static bool IsPodReady(Pod pod) => pod.Status?.Conditions?.Any(c => c is { Type: "Ready", Status: "True" }) == true;

    /// <summary>A copy of <paramref name="options"/> with a resourceVersion precondition.</summary>
    private static DeleteOptions WithResourceVersion(DeleteOptions options, string? resourceVersion)
    {
        var copy = KubeJson.Deserialize<DeleteOptions>(KubeJson.Serialize(options));
        copy.Preconditions ??= new Preconditions();
        copy.Preconditions.ResourceVersion = resourceVersion;
        return copy;
    }

    /// <summary>Runs <paramref name="attempt"/> again on a 409 Conflict (up to <see cref="EvictionRetries"/> times) when <paramref name="retry"/>.</summary>
    private static async Task<T> RetryConflictsAsync<T>(bool retry, Func<Task<T>> attempt)
    {
        for (var i = 1; ; i++)
        {
            try
            {
                return await attempt();
            }
            catch (ApiException e) when (retry && e.Reason == "Conflict" && i < EvictionRetries)
            {
            }
        }
    }
}
