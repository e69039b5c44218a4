using Dotkube.Api.Meta;

namespace Dotkube.Client.Informers;

/// <summary>One queued call to a handler; <see cref="NotificationKind.Synced"/> marks the end of the initial list.</summary>
internal readonly record struct Notification<T>(NotificationKind Kind, T? Old, T? New, bool IsInInitialList = false)
    where T : KubeObject
{
    public static Notification<T> Add(T obj, bool isInInitialList) => new(NotificationKind.Add, null, obj, isInInitialList);

    public static Notification<T> Update(T old, T obj) => new(NotificationKind.Update, old, obj);

    public static Notification<T> Delete(T obj) => new(NotificationKind.Delete, obj, null);

    public static Notification<T> Synced { get; } = new(NotificationKind.Synced, null, null);
}
