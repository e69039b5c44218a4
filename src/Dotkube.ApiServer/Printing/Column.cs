using Dotkube.Api.Meta;

namespace Dotkube.ApiServer.Printing;

/// <summary>Builds column definitions the way upstream's printers declare them.</summary>
internal static class Column
{
    /// <summary>Priority of the columns kubectl shows only with <c>-o wide</c>.</summary>
    public const int Wide = 1;

    /// <summary>The first column of (almost) every upstream table: format "name" lets kubectl find it.</summary>
    public static TableColumnDefinition Name(int priority = 0) =>
        new() { Name = "Name", Type = "string", Format = "name", Description = SwaggerDocs.Name, Priority = priority };

    /// <summary>The AGE column: a string (HumanDuration), not a date, as upstream.</summary>
    public static TableColumnDefinition Age() => String("Age", SwaggerDocs.CreationTimestamp);

    public static TableColumnDefinition String(string name, string description, int priority = 0) =>
        new() { Name = name, Type = "string", Description = description, Priority = priority };

    public static TableColumnDefinition Integer(string name, string description, int priority = 0) =>
        new() { Name = name, Type = "integer", Description = description, Priority = priority };

    public static TableColumnDefinition Boolean(string name, string description, int priority = 0) =>
        new() { Name = name, Type = "boolean", Description = description, Priority = priority };

    /// <summary>The CONTAINERS and IMAGES pair every workload shows with <c>-o wide</c>.</summary>
    public static TableColumnDefinition[] ContainersAndImages(int priority = Wide) =>
    [
        String("Containers", SwaggerDocs.ContainerNames, priority),
        String("Images", SwaggerDocs.ContainerImages, priority),
    ];
}
