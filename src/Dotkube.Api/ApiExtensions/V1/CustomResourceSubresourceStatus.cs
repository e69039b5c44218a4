namespace Dotkube.Api.ApiExtensions.V1;

/// <summary>
/// apiextensions/v1 CustomResourceSubresourceStatus: empty; its presence enables /status, where only
/// .status changes are kept (and the main resource ignores .status changes).
/// </summary>
public sealed class CustomResourceSubresourceStatus;
