using System.Buffers;
using System.Text.Json;
using Dotkube.Api.Meta;

namespace Dotkube.ApiServer.Printing;

/// <summary>
/// The cells of one row as a printer adds them. Upstream's cells are Go values (string, int64,
/// bool) that encode as JSON strings, numbers and booleans; a cell's JSON type follows its
/// value, which is not always the column's declared type (upstream declares "Up-to-date" a
/// string and fills it with an int64), so kubectl sees exactly what upstream sends.
/// </summary>
internal sealed class Row(DateTimeOffset now)
{
    private readonly List<object> _cells = new(10);

    /// <summary>The time ages are measured against, so one table is consistent.</summary>
    public DateTimeOffset Now { get; } = now;

    /// <summary>Row conditions (upstream marks finished pods "Completed"); null for none.</summary>
    public List<TableRowCondition>? Conditions { get; set; }

    public int Count => _cells.Count;

    public Row Add(string? value)
    {
        _cells.Add(value ?? "");
        return this;
    }

    public Row Add(long value)
    {
        _cells.Add(value);
        return this;
    }

    public Row Add(bool value)
    {
        _cells.Add(value);
        return this;
    }

    /// <summary>translateTimestampSince: the age of <paramref name="timestamp"/> at <see cref="Now"/>.</summary>
    public Row Age(DateTimeOffset? timestamp) => Add(HumanDuration.Since(timestamp, Now));

    public TableRow Build()
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var cell in _cells)
            {
                switch (cell)
                {
                    case string text:
                        writer.WriteStringValue(text);
                        break;
                    case long number:
                        writer.WriteNumberValue(number);
                        break;
                    case bool flag:
                        writer.WriteBooleanValue(flag);
                        break;
                }
            }

            writer.WriteEndArray();
        }

        // One parse per row rather than one document per cell; the elements own their memory.
        var cells = JsonElement.Parse(buffer.WrittenSpan);
        return new TableRow { Cells = [.. cells.EnumerateArray()], Conditions = Conditions };
    }
}
