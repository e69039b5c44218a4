namespace Dotkube.Api.Schema;

/// <summary>
/// Marks a type that travels with apiVersion/kind but is not a resource: request and response
/// bodies such as Status, DeleteOptions, Table, Scale, Eviction and TokenRequest. The kind is
/// the class name; the group/version is the one upstream writes when it encodes the type.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class KubeTypeAttribute(string group, string version) : Attribute
{
    public string Group { get; } = group;

    public string Version { get; } = version;
}
