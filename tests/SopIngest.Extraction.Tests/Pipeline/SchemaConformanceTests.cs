using NJsonSchema;
using SopIngest.Core.Json;

namespace SopIngest.Extraction.Tests.Pipeline;

/// <summary>Real output validates against the project's copy of the sop-extract/1 schema.</summary>
public sealed class SchemaConformanceTests
{
    /// <remarks>
    /// NJsonSchema resolves draft-07 "definitions" but not 2020-12 "$defs"; the schema uses no other
    /// 2020-12 feature, so the references are renamed for the validator and the file stays as the contract wrote it.
    /// </remarks>
    private static readonly JsonSchema Schema = JsonSchema.FromJsonAsync(
            File.ReadAllText(Path.Combine(Corpus.Root, "schema", "sop-extract.schema.json")).Replace("$defs", "definitions"))
        .GetAwaiter().GetResult();

    [Theory]
    [InlineData("000_d61cd9e724486671")]
    [InlineData("001_222709af16668202")]
    [InlineData("003_609f3079cfa7c797")]
    [InlineData("004_8c349c8b61ce075b")]
    public void ExtractOutput_ValidatesAgainstSchema(string name)
    {
        var errors = Schema.Validate(SopJson.Serialize(Corpus.Extract(name)));

        Assert.Empty(errors.Select(e => e.ToString()));
    }

    [Fact]
    public void BornDigitalPdfOutput_ValidatesAgainstSchema()
    {
        var result = Corpus.NewPipeline().Extract(Path.Combine(Corpus.Root, "tests", "SopIngest.Extraction.Tests", "Fixtures", "born-digital-sop.pdf"));

        Assert.Single(result.Records);
        Assert.Empty(Schema.Validate(SopJson.Serialize(result)));
    }

    [Fact]
    public void Schema_RejectsARecordMissingRequiredFields()
    {
        var broken = """{"schema":"sop-extract/1","file":"x","sha256":"00","pageCount":1,"records":[{"title":"x"}],"otherPages":[],"error":null}""";

        Assert.NotEmpty(Schema.Validate(broken));
    }

    [Fact]
    public void ProjectSchema_IsTheContractsSchema()
    {
        var contract = Path.Combine(Corpus.Root, "..", "shared", "contract", "sop-extract.schema.json");
        if (!File.Exists(contract))
            return; // a clone outside the workspace has only the project's copy
        Assert.Equal(File.ReadAllText(contract), File.ReadAllText(Path.Combine(Corpus.Root, "schema", "sop-extract.schema.json")));
    }
}
