namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 LifecycleHandler; tcpSocket is accepted but never run, as upstream.</summary>
public sealed class LifecycleHandler
{
    public ExecAction? Exec { get; set; }

    public HTTPGetAction? HttpGet { get; set; }

    public TCPSocketAction? TcpSocket { get; set; }

    public SleepAction? Sleep { get; set; }
}
