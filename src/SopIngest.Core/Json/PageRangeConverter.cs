using System.Text.Json;
using System.Text.Json.Serialization;
using SopIngest.Core.Records;

namespace SopIngest.Core.Json;

/// <summary>The contract writes a page range as a two-element array.</summary>
internal sealed class PageRangeConverter : JsonConverter<PageRange>
{
    public override PageRange Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var pages = JsonSerializer.Deserialize<int[]>(ref reader, options);
        if (pages is not { Length: 2 })
            throw new JsonException("pages must be [first, last]");
        return new PageRange(pages[0], pages[1]);
    }

    public override void Write(Utf8JsonWriter writer, PageRange value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.First);
        writer.WriteNumberValue(value.Last);
        writer.WriteEndArray();
    }
}
