using Dotkube.Api.Scheduling.V1;

namespace Dotkube.ApiServer.Printing;

/// <summary>printPriorityClass: NAME VALUE GLOBAL-DEFAULT AGE PREEMPTIONPOLICY (the last one not marked wide upstream).</summary>
internal static class PriorityClasses
{
    public static TablePrinter Printer { get; } = TablePrinter.For<PriorityClass>(
        [
            Column.Name(),
            Column.Integer("Value", SwaggerDocs.PriorityClassValue),
            Column.Boolean("Global-Default", SwaggerDocs.PriorityClassGlobalDefault),
            Column.Age(),
            Column.String("PreemptionPolicy", SwaggerDocs.PriorityClassPreemptionPolicy),
        ],
        (priorityClass, row) => row
            .Add(priorityClass.Metadata.Name)
            .Add(priorityClass.Value)
            .Add(priorityClass.GlobalDefault ?? false)
            .Age(priorityClass.Metadata.CreationTimestamp)
            .Add(priorityClass.PreemptionPolicy));
}
