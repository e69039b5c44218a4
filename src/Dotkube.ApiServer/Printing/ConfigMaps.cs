using Dotkube.Api.Core.V1;

namespace Dotkube.ApiServer.Printing;

/// <summary>printConfigMap: NAME DATA AGE, counting data and binaryData keys.</summary>
internal static class ConfigMaps
{
    public static TablePrinter Printer { get; } = TablePrinter.For<ConfigMap>(
        [Column.Name(), Column.String("Data", SwaggerDocs.ConfigMapData), Column.Age()],
        (configMap, row) => row
            .Add(configMap.Metadata.Name)
            .Add((configMap.Data?.Count ?? 0) + (configMap.BinaryData?.Count ?? 0))
            .Age(configMap.Metadata.CreationTimestamp));
}
