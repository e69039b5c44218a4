namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 Capabilities: POSIX capabilities added to and dropped from the runtime default.</summary>
public sealed class Capabilities
{
    public List<string>? Add { get; set; }

    public List<string>? Drop { get; set; }
}
