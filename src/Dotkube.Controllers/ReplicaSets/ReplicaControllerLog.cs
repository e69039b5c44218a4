using Microsoft.Extensions.Logging;

namespace Dotkube.Controllers.ReplicaSets;

/// <summary>Log messages of <see cref="ReplicaController{TOwner}"/> (kept out of the generic type for the source generator).</summary>
internal static partial class ReplicaControllerLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Too few replicas for {Kind} {Key}: need {Replicas}, creating {Creating}")]
    public static partial void TooFewReplicas(ILogger logger, string kind, string key, int replicas, int creating);

    [LoggerMessage(Level = LogLevel.Information, Message = "Too many replicas for {Kind} {Key}: have {Have}, deleting {Deleting}")]
    public static partial void TooManyReplicas(ILogger logger, string kind, string key, int have, int deleting);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slow-start failure for {Kind} {Key}: skipping {Skipped} pod creations")]
    public static partial void SlowStartStopped(ILogger logger, string kind, string key, int skipped);

    [LoggerMessage(Level = LogLevel.Debug,
        Message = "Updating status of {Kind} {Key}: replicas {Replicas}, ready {Ready}, available {Available}, observedGeneration {Generation}")]
    public static partial void UpdatingStatus(ILogger logger, string kind, string key, int replicas, int ready, int available, long generation);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Kind} {Key} has an invalid selector: {Error}")]
    public static partial void InvalidSelector(ILogger logger, string kind, string key, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "User error: {Count} objects of kind {Kind} select pod {Pod}")]
    public static partial void SeveralOwnersSelectPod(ILogger logger, string kind, string pod, int count);
}
