namespace Dotkube.Api.ApiExtensions.V1;

/// <summary>apiextensions/v1 WebhookConversion: how to call a conversion webhook.</summary>
public sealed class WebhookConversion
{
    public WebhookClientConfig? ClientConfig { get; set; }

    /// <summary>ConversionReview versions in preference order; tagged without omitempty, so always written.</summary>
    public List<string> ConversionReviewVersions { get; set => field = value ?? []; } = [];
}
