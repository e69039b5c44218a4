using System.Net;
using System.Net.Sockets;
using Dotkube.Dns.Forwarding;
using Dotkube.Dns.Protocol;

namespace Dotkube.Dns.Tests.Support;

/// <summary>
/// A stand-in upstream resolver on 127.0.0.1 (UDP and TCP on one port) answering with whatever
/// <see cref="Answer"/> returns for the question (null: stay silent), and counting the queries.
/// </summary>
internal sealed class FakeUpstream : IAsyncDisposable
{
    private readonly UdpClient _udp;
    private readonly TcpListener _tcp;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _udpLoop;
    private readonly Task _tcpLoop;
    private int _udpQueries;
    private int _tcpQueries;

    public FakeUpstream(Func<DnsQuestion, DnsMessage?> answer)
    {
        Answer = answer;
        (_udp, _tcp) = Bind();
        EndPoint = (IPEndPoint)_udp.Client.LocalEndPoint!;
        _udpLoop = Task.Run(ServeUdpAsync);
        _tcpLoop = Task.Run(ServeTcpAsync);
    }

    public Func<DnsQuestion, DnsMessage?> Answer { get; set; }

    /// <summary>A free UDP port whose TCP twin is free too: another test may hold the TCP one, so pick again then.</summary>
    private static (UdpClient Udp, TcpListener Tcp) Bind()
    {
        for (var attempt = 1; ; attempt++)
        {
            var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
            var tcp = new TcpListener(IPAddress.Loopback, ((IPEndPoint)udp.Client.LocalEndPoint!).Port);
            try
            {
                tcp.Start();
                return (udp, tcp);
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse && attempt < 20)
            {
                udp.Dispose();
            }
        }
    }

    /// <summary>UDP answers larger than this are sent truncated, with TC set.</summary>
    public int UdpLimit { get; set; } = DnsMessageWriter.MaxMessageSize;

    public IPEndPoint EndPoint { get; }

    public int UdpQueries => Volatile.Read(ref _udpQueries);

    public int TcpQueries => Volatile.Read(ref _tcpQueries);

    /// <summary>A response with the given answers, as a recursive resolver returns it.</summary>
    public static DnsMessage Reply(ResponseCode code, params ResourceRecord[] answers)
    {
        var m = new DnsMessage { IsResponse = true, RecursionAvailable = true, ResponseCode = code };
        m.Answers.AddRange(answers);
        return m;
    }

    private byte[]? Respond(byte[] query, int limit)
    {
        var request = DnsMessageReader.Read(query);
        if (Answer(request.Questions[0]) is not { } reply)
        {
            return null;
        }

        var response = request.CreateResponse(reply.ResponseCode);
        response.RecursionAvailable = true;
        response.Answers.AddRange(reply.Answers);
        response.Authorities.AddRange(reply.Authorities);
        response.Additionals.AddRange(reply.Additionals);
        return DnsMessageWriter.Write(response, limit);
    }

    private async Task ServeUdpAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                var received = await _udp.ReceiveAsync(_stop.Token);
                Interlocked.Increment(ref _udpQueries);
                if (Respond(received.Buffer, UdpLimit) is { } reply)
                {
                    await _udp.SendAsync(reply, received.RemoteEndPoint, _stop.Token);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
        }
    }

    private async Task ServeTcpAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                using var client = await _tcp.AcceptTcpClientAsync(_stop.Token);
                var stream = client.GetStream();
                var query = await DnsClient.ReadFrameAsync(stream, _stop.Token);
                Interlocked.Increment(ref _tcpQueries);
                if (query is not null && Respond(query, DnsMessageWriter.MaxMessageSize) is { } reply)
                {
                    await DnsClient.WriteFrameAsync(stream, reply, _stop.Token);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _udp.Dispose();
        _tcp.Stop();
        await Task.WhenAll(_udpLoop, _tcpLoop);
        _stop.Dispose();
    }
}
