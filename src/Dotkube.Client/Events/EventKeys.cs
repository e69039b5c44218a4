using Dotkube.Api.Core.V1;

namespace Dotkube.Client.Events;

/// <summary>
/// The keys client-go's EventCorrelator groups events by. Fields are joined without a separator,
/// exactly as upstream's strings.Join(..., ""), so the grouping matches kube's even where that is loose.
/// </summary>
internal static class EventKeys
{
    /// <summary>getEventKey: identical events (same source, object, type, reason and message) share it and are counted.</summary>
    public static string Identical(Event e) => string.Concat(
    [
        e.Source.Component, e.Source.Host,
        e.InvolvedObject.Kind, e.InvolvedObject.Namespace, e.InvolvedObject.Name, e.InvolvedObject.FieldPath,
        e.InvolvedObject.Uid, e.InvolvedObject.ApiVersion,
        e.Type, e.Reason, e.Message,
    ]);

    /// <summary>EventAggregatorByReasonFunc: similar events (everything but the message) share it; the message is the local key.</summary>
    public static string Similar(Event e) => string.Concat(
    [
        e.Source.Component, e.Source.Host,
        e.InvolvedObject.Kind, e.InvolvedObject.Namespace, e.InvolvedObject.Name,
        e.InvolvedObject.Uid, e.InvolvedObject.ApiVersion,
        e.Type, e.Reason, e.ReportingComponent, e.ReportingInstance,
    ]);

    /// <summary>getSpamKey: one token bucket per source and involved object.</summary>
    public static string Spam(Event e) => string.Concat(
    [
        e.Source.Component, e.Source.Host,
        e.InvolvedObject.Kind, e.InvolvedObject.Namespace, e.InvolvedObject.Name,
        e.InvolvedObject.Uid, e.InvolvedObject.ApiVersion,
    ]);
}
