using System.Globalization;
using Dotkube.Api.Core.V1;
using Dotkube.Kubelet.Cri.V1;
using Container = Dotkube.Api.Core.V1.Container;

namespace Dotkube.Kubelet.Pods;

/// <summary>A container's CRI config, as upstream's generateContainerConfig.</summary>
internal static class ContainerConfigs
{
    public static ContainerConfig For(Pod pod, Container container, int restartCount, string imageRef,
        IReadOnlyList<string> podIPs, PodManagerOptions options, ContainerSources? sources = null)
    {
        sources ??= ContainerSources.None;
        var env = ContainerEnv.For(pod, container, podIPs, options.NodeIPs, sources);
        var values = env.ToDictionary(v => v.Key, v => v.Value);
        var config = new ContainerConfig
        {
            Metadata = new ContainerMetadata { Name = container.Name, Attempt = (uint)restartCount },
            Image = new ImageSpec { Image = imageRef, UserSpecifiedImage = container.Image ?? "" },
            WorkingDir = container.WorkingDir ?? "",
            LogPath = LogPath(container.Name, restartCount),
            Stdin = container.Stdin == true,
            StdinOnce = container.StdinOnce == true,
            Tty = container.Tty == true,
            Linux = new LinuxContainerConfig
            {
                Resources = ContainerResources.For(container, QosClasses.Of(pod), options.NodeMemoryBytes),
                SecurityContext = SecurityContexts.ForContainer(pod, container),
            },
        };
        config.Command.AddRange((container.Command ?? []).Select(c => EnvExpansion.Expand(c, values)));
        config.Args.AddRange((container.Args ?? []).Select(a => EnvExpansion.Expand(a, values)));
        config.Envs.AddRange(env.Select(v => new KeyValue { Key = v.Key, Value = v.Value }));
        config.Mounts.AddRange(ContainerMounts.For(container, sources.Volumes, values));
        config.Labels.Add(RuntimeLabels.ForContainer(pod, container));
        config.Annotations.Add(RuntimeLabels.ContainerAnnotations(pod, container, restartCount));
        return config;
    }

    /// <summary>&lt;container&gt;/&lt;restartCount&gt;.log, relative to the sandbox's log directory, as upstream.</summary>
    public static string LogPath(string container, int restartCount) =>
        Path.Combine(container, restartCount.ToString(CultureInfo.InvariantCulture) + ".log");
}
