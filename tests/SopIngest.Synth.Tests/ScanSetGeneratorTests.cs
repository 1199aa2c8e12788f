using NJsonSchema;
using SopIngest.Core.Json;
using UglyToad.PdfPig;

namespace SopIngest.Synth.Tests;

/// <summary>A two-file set (one 150-dpi scan, one born-digital) is generated once for these tests: seconds.</summary>
public sealed class ScanSetGeneratorTests : IClassFixture<ScanSetGeneratorTests.SmallSet>
{
    private static readonly JsonSchema Schema = JsonSchema.FromJsonAsync(
            File.ReadAllText(Repo.Path("schema", "sop-extract.schema.json")).Replace("$defs", "definitions"))
        .GetAwaiter().GetResult();

    private readonly SmallSet _set;

    public ScanSetGeneratorTests(SmallSet set) => _set = set;

    public sealed class SmallSet : IDisposable
    {
        public SmallSet()
        {
            Dir = Directory.CreateTempSubdirectory("synth-test-").FullName;
            Manifest = Generate(Dir);
        }

        public string Dir { get; }

        public SynthManifest Manifest { get; }

        public static SynthManifest Generate(string dir) => new ScanSetGenerator().Generate(new SynthOptions
        {
            RecordsDir = Repo.Path("corpus", "records"),
            OutDir = dir,
            Count = 2,
            BornDigital = 1,
            Seed = 42,
        });

        public void Dispose() => Directory.Delete(Dir, recursive: true);
    }

    [Fact]
    public void Generate_WritesAPdfAndSchemaValidTruthPerFile()
    {
        Assert.Equal(2, _set.Manifest.Files.Count);
        foreach (var file in _set.Manifest.Files)
        {
            var truthJson = File.ReadAllText(Path.Combine(_set.Dir, file.Truth));
            Assert.Empty(Schema.Validate(truthJson).Select(e => e.ToString()));
            var truth = SopJson.Deserialize<Core.Records.ExtractResult>(truthJson);
            using var pdf = PdfDocument.Open(Path.Combine(_set.Dir, file.File));
            Assert.Equal(truth.PageCount, pdf.NumberOfPages);
            Assert.Equal(file.Pages, pdf.NumberOfPages);
            Assert.All(truth.Records, r => Assert.InRange(r.Pages.Last, r.Pages.First, truth.PageCount));
        }
    }

    [Fact]
    public void Generate_ScansAreImageOnly_BornDigitalKeepsItsText()
    {
        var scan = _set.Manifest.Files.Single(f => !f.BornDigital);
        var digital = _set.Manifest.Files.Single(f => f.BornDigital);

        using (var pdf = PdfDocument.Open(Path.Combine(_set.Dir, scan.File)))
        {
            Assert.All(pdf.GetPages(), p => Assert.Empty(p.GetWords()));
            Assert.All(pdf.GetPages(), p => Assert.Single(p.GetImages()));
        }
        using (var pdf = PdfDocument.Open(Path.Combine(_set.Dir, digital.File)))
        {
            var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Contains("Disahkan", text);
            Assert.Contains("Pelaksana", text);
        }
        Assert.Equal(150, scan.Dpi);
        Assert.Equal("born-digital", digital.Classes["kind"]);
        Assert.Equal("scanned", scan.Classes["kind"]);
    }

    [Fact]
    public void Generate_IsTheSameBytesForTheSameSeed()
    {
        var again = Directory.CreateTempSubdirectory("synth-test-").FullName;
        try
        {
            SmallSet.Generate(again);
            foreach (var file in _set.Manifest.Files)
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(_set.Dir, file.File)), File.ReadAllBytes(Path.Combine(again, file.File)));
                Assert.Equal(File.ReadAllText(Path.Combine(_set.Dir, file.Truth)), File.ReadAllText(Path.Combine(again, file.Truth)));
            }
        }
        finally
        {
            Directory.Delete(again, recursive: true);
        }
    }

    [Fact]
    public void CheckedInScanSet_TruthValidatesAndMatchesItsPdfs()
    {
        var truthFiles = Directory.GetFiles(Repo.Path("corpus", "scans", "truth"), "*.json");

        Assert.InRange(truthFiles.Length, 8, 12);
        foreach (var path in truthFiles)
        {
            var json = File.ReadAllText(path);
            Assert.Empty(Schema.Validate(json).Select(e => e.ToString()));
            var truth = SopJson.Deserialize<Core.Records.ExtractResult>(json);
            var pdf = Repo.Path("corpus", "scans", truth.File);
            Assert.Equal(truth.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(pdf))));
        }
        var total = Directory.EnumerateFiles(Repo.Path("corpus", "scans"), "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Assert.True(total < 20_000_000, $"corpus/scans holds {total} bytes");
    }
}
