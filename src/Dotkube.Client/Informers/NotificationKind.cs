namespace Dotkube.Client.Informers;

internal enum NotificationKind
{
    Add,
    Update,
    Delete,
    Synced,
}
