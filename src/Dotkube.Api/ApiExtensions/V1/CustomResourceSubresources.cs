namespace Dotkube.Api.ApiExtensions.V1;

/// <summary>apiextensions/v1 CustomResourceSubresources: which of /status and /scale a custom resource serves.</summary>
public sealed class CustomResourceSubresources
{
    public CustomResourceSubresourceStatus? Status { get; set; }

    public CustomResourceSubresourceScale? Scale { get; set; }
}
