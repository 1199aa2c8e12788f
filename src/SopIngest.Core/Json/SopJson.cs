using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SopIngest.Core.Records;

namespace SopIngest.Core.Json;

/// <summary>The one JSON shape of <c>sop-extract/1</c>, used by the CLI, the API and the store.</summary>
public static class SopJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: true);

    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    public static string Serialize<T>(T value, bool indented = true) =>
        JsonSerializer.Serialize(value, indented ? Options : Compact);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"empty {typeof(T).Name}");

    public static ExtractResult ReadExtract(string path) => Deserialize<ExtractResult>(File.ReadAllText(path));

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = indented,
            // Indonesian text and citations stay readable in the files reviewers open.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new PageRangeConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
