using Microsoft.Extensions.Logging;

namespace Dotkube.Client.LeaderElection;

public sealed partial class LeaderElector
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Attempting to acquire leader lease lease={Lease}")]
    private static partial void LogAttemptingAcquire(ILogger logger, string lease);

    [LoggerMessage(Level = LogLevel.Information, Message = "Successfully acquired lease lease={Lease}")]
    private static partial void LogAcquired(ILogger logger, string lease);

    [LoggerMessage(Level = LogLevel.Information, Message = "New leader elected lease={Lease} leader={Leader}")]
    private static partial void LogNewLeader(ILogger logger, string lease, string leader);

    [LoggerMessage(Level = LogLevel.Trace, Message = "Successfully renewed lease lease={Lease}")]
    private static partial void LogRenewed(ILogger logger, string lease);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed to renew lease within the renew deadline, stopping leading lease={Lease} renewDeadline={RenewDeadline}")]
    private static partial void LogRenewFailed(ILogger logger, string lease, TimeSpan renewDeadline);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Lock is held and has not yet expired lease={Lease} holder={Holder}")]
    private static partial void LogHeldByOther(ILogger logger, string lease, string holder);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Failed to update lock optimistically, falling back to slow path lease={Lease} err={Error}")]
    private static partial void LogOptimisticUpdateFailed(ILogger logger, string lease, string error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Lease changed since it was read, not leader this round lease={Lease}")]
    private static partial void LogConflict(ILogger logger, string lease);

    [LoggerMessage(Level = LogLevel.Error, Message = "Error acquiring or renewing lease lease={Lease}")]
    private static partial void LogLockError(ILogger logger, string lease, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Released lease lease={Lease}")]
    private static partial void LogReleased(ILogger logger, string lease);

    [LoggerMessage(Level = LogLevel.Error, Message = "Failed to release lease lease={Lease}")]
    private static partial void LogReleaseFailed(ILogger logger, string lease, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Leading work failed lease={Lease}")]
    private static partial void LogLeadingWorkFailed(ILogger logger, string lease, Exception exception);
}
