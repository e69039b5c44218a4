namespace Dotkube.Api.ApiExtensions.V1;

/// <summary>apiextensions/v1 CustomResourceConversion: how objects move between served versions.</summary>
public sealed class CustomResourceConversion
{
    /// <summary>"None" or "Webhook" (<see cref="ConversionStrategyType"/>).</summary>
    public string Strategy { get; set; } = "";

    /// <summary>Required when strategy is Webhook.</summary>
    public WebhookConversion? Webhook { get; set; }
}
