namespace Dotkube.Testing.HollowNodes;

/// <summary>What a hollow node does with a pod bound to it.</summary>
public enum HollowPodFate
{
    /// <summary>Running with every container ready, as a healthy pod.</summary>
    Ready,

    /// <summary>Running, containers started but never ready (a failing readiness probe).</summary>
    NeverReady,

    /// <summary>Pending with its containers waiting in ErrImagePull, as an image that cannot be pulled.</summary>
    ImagePullFails,

    /// <summary>Runs to completion: phase Succeeded, containers terminated with exit code 0.</summary>
    Succeeds,

    /// <summary>Runs and fails: phase Failed, containers terminated with exit code 1.</summary>
    Fails,
}
