using Dotkube.Api.Core.V1;

namespace Dotkube.ApiServer.Printing;

/// <summary>printSecret: NAME TYPE DATA AGE.</summary>
internal static class Secrets
{
    public static TablePrinter Printer { get; } = TablePrinter.For<Secret>(
        [
            Column.Name(),
            Column.String("Type", SwaggerDocs.SecretType),
            Column.String("Data", SwaggerDocs.SecretData),
            Column.Age(),
        ],
        (secret, row) => row
            .Add(secret.Metadata.Name)
            .Add(secret.Type)
            .Add(DataCount(secret))
            .Age(secret.Metadata.CreationTimestamp));

    /// <summary>The internal Secret has stringData merged into data, so a key in both counts once.</summary>
    private static int DataCount(Secret secret)
    {
        if (secret.StringData is not { Count: > 0 } stringData)
        {
            return secret.Data?.Count ?? 0;
        }

        return (secret.Data?.Keys ?? Enumerable.Empty<string>()).Union(stringData.Keys, StringComparer.Ordinal).Count();
    }
}
