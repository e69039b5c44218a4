using Dotkube.Api.Core.V1;
using EventsV1 = Dotkube.Api.Events.V1;

namespace Dotkube.ApiServer.Printing;

/// <summary>
/// printEvent: LAST SEEN TYPE REASON OBJECT MESSAGE, wide SUBOBJECT SOURCE FIRST SEEN COUNT
/// NAME. The only upstream table whose name is not the first column. events.k8s.io/v1 events
/// are the same stored objects, so they print through the core fields they map to.
/// </summary>
internal static class Events
{
    private static readonly IReadOnlyList<Api.Meta.TableColumnDefinition> Columns =
    [
        Column.String("Last Seen", SwaggerDocs.EventLastTimestamp),
        Column.String("Type", SwaggerDocs.EventType),
        Column.String("Reason", SwaggerDocs.EventReason),
        Column.String("Object", SwaggerDocs.EventInvolvedObject),
        Column.String("Subobject", SwaggerDocs.ObjectReferenceFieldPath, Column.Wide),
        Column.String("Source", SwaggerDocs.EventSource, Column.Wide),
        Column.String("Message", SwaggerDocs.EventMessage),
        Column.String("First Seen", SwaggerDocs.EventFirstTimestamp, Column.Wide),
        Column.String("Count", SwaggerDocs.EventCount, Column.Wide),
        Column.Name(Column.Wide),
    ];

    public static TablePrinter CorePrinter { get; } = TablePrinter.For<Event>(Columns, (e, row) => Print(
        row,
        new View(e.Metadata.Name, e.InvolvedObject, e.Reason, e.Message, e.Source, e.FirstTimestamp, e.LastTimestamp,
            e.Count ?? 0, e.Type, e.EventTime, e.Series is null ? null : (e.Series.Count ?? 0, e.Series.LastObservedTime),
            e.ReportingComponent, e.ReportingInstance)));

    public static TablePrinter EventsV1Printer { get; } = TablePrinter.For<EventsV1.Event>(Columns, (e, row) => Print(
        row,
        new View(e.Metadata.Name, e.Regarding, e.Reason, e.Note, e.DeprecatedSource, e.DeprecatedFirstTimestamp,
            e.DeprecatedLastTimestamp, e.DeprecatedCount ?? 0, e.Type, e.EventTime,
            e.Series is null ? null : (e.Series.Count, e.Series.LastObservedTime),
            e.ReportingController, e.ReportingInstance)));

    /// <summary>The internal core Event fields the printer reads.</summary>
    private sealed record View(
        string? Name,
        ObjectReference InvolvedObject,
        string? Reason,
        string? Message,
        EventSource Source,
        DateTimeOffset FirstTimestamp,
        DateTimeOffset LastTimestamp,
        int Count,
        string? Type,
        DateTimeOffset EventTime,
        (int Count, DateTimeOffset LastObservedTime)? Series,
        string? ReportingController,
        string? ReportingInstance);

    private static void Print(Row row, View e)
    {
        // Events from the events.k8s.io API have eventTime and series instead of the
        // first/last timestamps and count of the core API.
        var firstSeen = e.FirstTimestamp == default
            ? HumanDuration.Since(e.EventTime, row.Now)
            : HumanDuration.Since(e.FirstTimestamp, row.Now);
        var lastSeen = e.LastTimestamp == default ? firstSeen : HumanDuration.Since(e.LastTimestamp, row.Now);
        var count = e.Count;
        if (e.Series is { } series)
        {
            lastSeen = HumanDuration.Since(series.LastObservedTime, row.Now);
            count = series.Count;
        }
        else if (count == 0)
        {
            count = 1;
        }

        var kind = (e.InvolvedObject.Kind ?? "").ToLowerInvariant();
        var target = string.IsNullOrEmpty(e.InvolvedObject.Name) ? kind : kind + "/" + e.InvolvedObject.Name;
        row.Add(lastSeen)
            .Add(e.Type)
            .Add(e.Reason)
            .Add(target)
            .Add(e.InvolvedObject.FieldPath)
            .Add(Source(e))
            .Add((e.Message ?? "").Trim())
            .Add(firstSeen)
            .Add(count)
            .Add(e.Name);
    }

    /// <summary>formatEventSource: "component, host", falling back to the reporting controller and instance.</summary>
    private static string Source(View e)
    {
        var component = FirstNonEmpty(e.Source.Component, e.ReportingController);
        var instance = FirstNonEmpty(e.Source.Host, e.ReportingInstance);
        return instance.Length == 0 ? component : component + ", " + instance;
    }

    private static string FirstNonEmpty(string? first, string? second) =>
        !string.IsNullOrEmpty(first) ? first : second ?? "";
}
