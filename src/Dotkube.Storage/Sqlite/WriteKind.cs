namespace Dotkube.Storage.Sqlite;

internal enum WriteKind
{
    Create,
    Update,
    Delete,

    /// <summary>Raise the compacted revision (if higher); the batch then sweeps one step of history.</summary>
    Compact,

    /// <summary>After the batch commits, checkpoint the WAL into the database and truncate it.</summary>
    Checkpoint,
}
