using SopIngest.Core.Layout;
using SopIngest.Extraction.Reading;
using SopIngest.Extraction.Reading.Export;

namespace SopIngest.Extraction.Tests.Reading.Export;

public sealed class ExportTextReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sopingest-export-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private LayoutDocument Read(string text)
    {
        var path = Path.Combine(_dir, "export.txt");
        File.WriteAllText(path, text);
        return new ExportTextReader().Read(path);
    }

    [Fact]
    public void Read_SplitsPages_AtRunsOfBlankLines()
    {
        var document = Read("PEMERINTAH KOTA BONTANG\n\n\n\nDINAS KETENAGAKERJAAN\n");

        Assert.Equal(2, document.Pages.Count);
    }

    [Fact]
    public void Read_TurnsTabbedLinesIntoTable_WithHtmlListItemsAsParagraphs()
    {
        var document = Read("No\tKegiatan\n1\t<ul><li>- SK Tim</li><li>- Undangan</li></ul>\n");

        var table = Assert.IsType<Table>(Assert.Single(document.Pages[0].Blocks));
        Assert.Equal(["- SK Tim", "- Undangan"], table.Row(1)[1].Paragraphs);
    }

    [Fact]
    public void Read_JoinsBoldValueWrappedOverLines_ButKeepsStandaloneHeaderLinesApart()
    {
        var blocks = Read("**DINAS KETENAGAKERJAAN  \nKOTA BONTANG**\n\nNama SOP : **PENYUSUNAN RENCANA  \nKERJA**\n").Pages[0].Blocks;

        Assert.Equal(["DINAS KETENAGAKERJAAN", "KOTA BONTANG", "Nama SOP : PENYUSUNAN RENCANA KERJA"], blocks.Cast<TextLine>().Select(l => l.Text));
    }

    [Fact]
    public void Read_RefusesNonUtf8Bytes()
    {
        var path = Path.Combine(_dir, "latin1.txt");
        File.WriteAllBytes(path, [0x4E, 0x61, 0x6D, 0x61, 0xE9, 0xFF, 0x20]);

        var error = Assert.Throws<UnreadableDocumentException>(() => new ExportTextReader().Read(path));
        Assert.Contains("UTF-8", error.Message);
    }
}
