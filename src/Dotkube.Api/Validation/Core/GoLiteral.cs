namespace Dotkube.Api.Validation.Core;

/// <summary>A bad value printed verbatim, where upstream's message dumps a Go value with %#v.</summary>
internal sealed record GoLiteral(string Text)
{
    public override string ToString() => Text;
}
