namespace Dotkube.Storage.Tests.Conformance;

public enum WriteKind
{
    Create,
    Update,
    Delete,
}
