using System.Net.Sockets;

namespace Dotkube.Kubelet.Probes;

/// <summary>
/// tcpSocket probes, as upstream's: a connection accepted within the timeout is success (it is
/// closed at once); anything else fails with Go's dial error text ("dial tcp 10.42.0.5:80:
/// connect: connection refused", "... i/o timeout"). The connection is made from the node.
/// </summary>
public sealed class TcpProber(TimeProvider time)
{
    public async Task<ProbeOutcome> ProbeAsync(string host, int port, TimeSpan timeout, CancellationToken ct)
    {
        var address = HostPort(host, port);
        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(host, port, linked.Token);
            return ProbeOutcome.Success();
        }
        catch (SocketException e)
        {
            return ProbeOutcome.Failure($"dial tcp {address}: {DialError(e)}");
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            return ProbeOutcome.Failure($"dial tcp {address}: i/o timeout");
        }
    }

    /// <summary>host:port as Go's net.JoinHostPort writes it (IPv6 in brackets).</summary>
    public static string HostPort(string host, int port) => host.Contains(':', StringComparison.Ordinal) ? $"[{host}]:{port}" : $"{host}:{port}";

    /// <summary>The part of a Go dial error after the address, for the common socket errors.</summary>
    public static string DialError(SocketException e) => e.SocketErrorCode switch
    {
        SocketError.ConnectionRefused => "connect: connection refused",
        SocketError.HostUnreachable => "connect: no route to host",
        SocketError.NetworkUnreachable => "connect: network is unreachable",
        SocketError.TimedOut => "i/o timeout",
        _ => e.Message,
    };
}
