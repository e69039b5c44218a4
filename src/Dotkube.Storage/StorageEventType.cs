namespace Dotkube.Storage;

public enum StorageEventType
{
    Put,
    Delete,
}
