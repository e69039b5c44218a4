namespace Dotkube.Storage.Sqlite;

internal enum WriteKind
{
    Create,
    Update,
    Delete,

    /// <summary>Raise the compacted revision (if higher) and sweep one batch of history.</summary>
    Compact,
}
