// dotkube drives containerd, iptables and network namespaces: it runs on Linux only.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
