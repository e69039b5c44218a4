namespace Dotkube.ApiServer.Tests.BadInput;

/// <summary>
/// The Status kube-apiserver answers: code and reason always, the message exactly when it is a
/// fixed upstream text, or a prefix/fragment when the rest comes from Go's JSON or YAML library
/// (whose wording a C# server cannot and need not copy).
/// </summary>
public sealed record UpstreamAnswer(int Code, string Reason)
{
    public string? Message { get; init; }

    public string? MessagePrefix { get; init; }

    public string? MessageContains { get; init; }

    public UpstreamAnswer WithPrefix(string prefix) => this with { MessagePrefix = prefix };

    public UpstreamAnswer Containing(string fragment) => this with { MessageContains = fragment };

    public override string ToString()
    {
        var text = Message
            ?? (MessagePrefix is not null ? MessagePrefix + "..." : null)
            ?? (MessageContains is not null ? "..." + MessageContains + "..." : null);
        return text is null ? $"{Code} {Reason}" : $"{Code} {Reason}: {text}";
    }
}
