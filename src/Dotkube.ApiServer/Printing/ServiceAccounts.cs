using Dotkube.Api.Core.V1;

namespace Dotkube.ApiServer.Printing;

/// <summary>printServiceAccount: NAME SECRETS AGE.</summary>
internal static class ServiceAccounts
{
    public static TablePrinter Printer { get; } = TablePrinter.For<ServiceAccount>(
        [Column.Name(), Column.String("Secrets", SwaggerDocs.ServiceAccountSecrets), Column.Age()],
        (account, row) => row
            .Add(account.Metadata.Name)
            .Add(account.Secrets?.Count ?? 0)
            .Age(account.Metadata.CreationTimestamp));
}
