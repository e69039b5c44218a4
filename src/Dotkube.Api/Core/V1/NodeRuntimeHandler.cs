namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 NodeRuntimeHandler: a CRI runtime handler and its features.</summary>
public sealed class NodeRuntimeHandler
{
    /// <summary>Empty for the default handler; no omitempty upstream, so always written.</summary>
    public string Name { get; set; } = "";

    public NodeRuntimeHandlerFeatures? Features { get; set; }
}
