using System.Net;
using Dotkube.Dns.Protocol;

namespace Dotkube.Dns.Tests.Protocol;

public sealed class DnsMessageCodecTests
{
    private static DnsMessage Sample() => new()
    {
        Id = 0xBEEF,
        IsResponse = true,
        Authoritative = true,
        RecursionDesired = true,
        RecursionAvailable = true,
        Questions = [new DnsQuestion("web.default.svc.cluster.local.", RecordType.A)],
        Answers =
        [
            new ResourceRecord("web.default.svc.cluster.local.", RecordType.A, 5, new AddressData(IPAddress.Parse("10.43.0.20"))),
            new ResourceRecord("web.default.svc.cluster.local.", RecordType.AAAA, 5, new AddressData(IPAddress.Parse("fd00::20"))),
            new ResourceRecord("alias.default.svc.cluster.local.", RecordType.CNAME, 5, new NameData("web.default.svc.cluster.local.")),
            new ResourceRecord("_http._tcp.web.default.svc.cluster.local.", RecordType.SRV, 5, new SrvData(0, 100, 80, "web.default.svc.cluster.local.")),
            new ResourceRecord("20.0.43.10.in-addr.arpa.", RecordType.PTR, 5, new NameData("web.default.svc.cluster.local.")),
            new ResourceRecord("dns-version.cluster.local.", RecordType.TXT, 28800, new TxtData(["1.1.0", ""])),
            new ResourceRecord("example.com.", RecordType.MX, 300, new MxData(10, "mail.example.com.")),
            new ResourceRecord("example.com.", (RecordType)99, 300, new RawData([1, 2, 3])),
        ],
        Authorities = [new ResourceRecord("cluster.local.", RecordType.SOA, 5,
            new SoaData("ns.dns.cluster.local.", "hostmaster.cluster.local.", 1700000000, 7200, 1800, 86400, 5))],
        Additionals = [new ResourceRecord("ns.dns.cluster.local.", RecordType.A, 5, new AddressData(IPAddress.Parse("10.43.0.10")))],
        Edns = new Edns(1232, 0, DnssecOk: true, Options: []),
    };

    [Fact]
    public void A_message_round_trips_every_record_type()
    {
        var message = Sample();

        var read = DnsMessageReader.Read(DnsMessageWriter.Write(message));

        Assert.Equal(message.ToString(), read.ToString());
        Assert.Equal(message.Answers, read.Answers);
        Assert.Equal(message.Authorities, read.Authorities);
        Assert.Equal(message.Additionals, read.Additionals);
        Assert.Equal(1232, read.Edns!.UdpPayloadSize);
        Assert.True(read.Edns.DnssecOk);
        Assert.True(read.Authoritative && read.RecursionDesired && read.RecursionAvailable && read.IsResponse);
    }

    [Fact]
    public void Repeated_names_are_written_once_and_pointed_at()
    {
        var message = new DnsMessage
        {
            Questions = [new DnsQuestion("web.default.svc.cluster.local.", RecordType.A)],
            Answers = [.. Enumerable.Range(1, 3).Select(i =>
                new ResourceRecord("web.default.svc.cluster.local.", RecordType.A, 5, new AddressData(IPAddress.Parse($"10.42.0.{i}"))))],
        };

        var bytes = DnsMessageWriter.Write(message);

        // Header 12 + question (31-byte name + 4) + 3 answers of (2-byte pointer + 10 + 4).
        Assert.Equal(12 + 31 + 4 + (3 * 16), bytes.Length);
        Assert.Equal([0xC0, 0x0C], bytes[47..49]);
        Assert.Equal(message.Answers, DnsMessageReader.Read(bytes).Answers);
    }

    [Fact]
    public void A_name_sharing_only_a_suffix_points_at_that_suffix()
    {
        var message = new DnsMessage
        {
            Questions = [new DnsQuestion("a.svc.cluster.local.", RecordType.A)],
            Answers = [new ResourceRecord("b.svc.cluster.local.", RecordType.CNAME, 5, new NameData("c.cluster.local."))],
        };

        var bytes = DnsMessageWriter.Write(message);

        Assert.Equal(message.Answers, DnsMessageReader.Read(bytes).Answers);
        // "b" + pointer, then RDATA "c" + pointer: no label after the first name is spelled twice.
        Assert.Equal(12 + 21 + 4 + (2 + 2 + 10) + (2 + 2), bytes.Length);
    }

    [Fact]
    public void SRV_targets_are_never_compressed()
    {
        var message = new DnsMessage
        {
            Questions = [new DnsQuestion("web.default.svc.cluster.local.", RecordType.SRV)],
            Answers = [new ResourceRecord("web.default.svc.cluster.local.", RecordType.SRV, 5, new SrvData(0, 100, 80, "web.default.svc.cluster.local."))],
        };

        var bytes = DnsMessageWriter.Write(message);

        // The RDATA ends with the target spelled out in full: length byte 3 ("web") ... root, no pointer.
        Assert.Equal(3, bytes[^31]);
        Assert.DoesNotContain((byte)0xC0, bytes[^31..]);
        Assert.Equal("web.default.svc.cluster.local.", ((SrvData)DnsMessageReader.Read(bytes).Answers[0].Data).Target);
    }

    [Fact]
    public void Labels_with_dots_and_unprintable_bytes_round_trip_escaped()
    {
        var message = new DnsMessage { Questions = [new DnsQuestion("a\\.b.\\001x.example.", RecordType.TXT)] };

        var read = DnsMessageReader.Read(DnsMessageWriter.Write(message));

        Assert.Equal("a\\.b.\\001x.example.", read.Questions[0].Name);
    }

    [Fact]
    public void An_extended_response_code_is_split_into_the_OPT_record()
    {
        var message = new DnsMessage { IsResponse = true, ResponseCode = ResponseCode.BadVersion, Edns = new Edns(1232) };

        var bytes = DnsMessageWriter.Write(message);

        Assert.Equal(0, bytes[3] & 0xF);
        Assert.Equal(ResponseCode.BadVersion, DnsMessageReader.Read(bytes).ResponseCode);
    }

    [Fact]
    public void Answers_that_do_not_fit_are_dropped_and_TC_is_set()
    {
        var message = new DnsMessage
        {
            IsResponse = true,
            Questions = [new DnsQuestion("big.default.svc.cluster.local.", RecordType.A)],
            Answers = [.. Enumerable.Range(1, 60).Select(i =>
                new ResourceRecord("big.default.svc.cluster.local.", RecordType.A, 5, new AddressData(IPAddress.Parse($"10.42.1.{i}"))))],
            Edns = new Edns(512),
        };

        var bytes = DnsMessageWriter.Write(message, 512, out var truncated);
        var read = DnsMessageReader.Read(bytes);

        Assert.True(truncated);
        Assert.True(bytes.Length <= 512);
        Assert.True(read.Truncated);
        Assert.InRange(read.Answers.Count, 20, 59);
        Assert.NotNull(read.Edns);
    }

    [Fact]
    public void Additionals_that_do_not_fit_are_dropped_without_TC()
    {
        var message = new DnsMessage
        {
            IsResponse = true,
            Questions = [new DnsQuestion("x.cluster.local.", RecordType.SRV)],
            Answers = [new ResourceRecord("x.cluster.local.", RecordType.SRV, 5, new SrvData(0, 100, 80, "x.cluster.local."))],
            Additionals = [.. Enumerable.Range(1, 60).Select(i =>
                new ResourceRecord($"host-{i}.x.cluster.local.", RecordType.A, 5, new AddressData(IPAddress.Parse($"10.42.1.{i}"))))],
        };

        var read = DnsMessageReader.Read(DnsMessageWriter.Write(message, 512, out var truncated));

        Assert.False(truncated);
        Assert.False(read.Truncated);
        Assert.Single(read.Answers);
        Assert.InRange(read.Additionals.Count, 1, 59);
    }

    [Fact]
    public void A_compression_pointer_loop_is_rejected()
    {
        // One question whose name is a pointer to itself at offset 12.
        byte[] packet = [0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0xC0, 12, 0, 1, 0, 1];

        Assert.Throws<DnsFormatException>(() => DnsMessageReader.Read(packet));
    }

    [Fact]
    public void A_two_pointer_cycle_is_rejected()
    {
        // Name at 12: label "a" then a pointer to 17, where a pointer leads back to 12.
        byte[] packet = [0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, (byte)'a', 0xC0, 17, 0, 0xC0, 12, 0, 1, 0, 1];

        Assert.Throws<DnsFormatException>(() => DnsMessageReader.Read(packet));
    }

    [Fact]
    public void Every_truncation_of_a_valid_message_fails_as_a_format_error()
    {
        var bytes = DnsMessageWriter.Write(Sample());

        for (var length = 0; length < bytes.Length; length++)
        {
            var prefix = bytes[..length];
            Assert.Throws<DnsFormatException>(() => DnsMessageReader.Read(prefix));
        }
    }

    [Fact]
    public void Random_corruption_never_throws_anything_but_a_format_error()
    {
        var random = new Random(42);
        var valid = DnsMessageWriter.Write(Sample());
        for (var i = 0; i < 20000; i++)
        {
            var bytes = i % 2 == 0 ? (byte[])valid.Clone() : new byte[random.Next(0, 600)];
            if (i % 2 == 0)
            {
                for (var flips = random.Next(1, 6); flips > 0; flips--)
                {
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                }
            }
            else
            {
                random.NextBytes(bytes);
            }

            try
            {
                DnsMessageReader.Read(bytes);
            }
            catch (DnsFormatException)
            {
            }
        }
    }
}
