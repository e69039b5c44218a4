namespace Dotkube.Api.ApiExtensions.V1;

/// <summary>Values of CustomResourceConversion.strategy.</summary>
public static class ConversionStrategyType
{
    /// <summary>Only apiVersion changes; every other field is kept as is.</summary>
    public const string None = "None";

    public const string Webhook = "Webhook";
}
