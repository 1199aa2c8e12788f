using SopIngest.Core.Records;
using SopIngest.Synth.Composing;
using SopIngest.Synth.Drawing;

namespace SopIngest.Synth.Tests.Composing;

public sealed class DocumentComposerTests
{
    private static SopRecord LongSop(int steps) => new(
        new PageRange(1, 1), new Agency("PEMERINTAH KOTA BONTANG", "DINAS KETENAGAKERJAAN", []), "067/1/001", "Penerimaan Surat Masuk",
        SopDates.Empty, new Approval("Kepala Dinas", "Budi, S.Sos", "197303141998032009"),
        ["Undang-Undang Nomor 25 Tahun 2009"], [], [], [], [], [], ["Kepala Dinas", "Sekretaris", "Staf"],
        Enumerable.Range(1, steps).Select(no => new Step(
            no, "Menerima dan memeriksa berkas permohonan beserta lampirannya", [no % 2 == 0 ? "Staf" : "Sekretaris"],
            no == 1 ? StepShape.Start : no == steps ? StepShape.End : StepShape.Process,
            "Berkas; Formulir", new Duration("15 menit", 15, 15), "Disposisi", "", no == steps ? [] : [new Edge(no + 1)])).ToList());

    private static PageStyle Style(double rowMinHeight) =>
        PageStyle.Random(new Random(3)) with { RowMinHeight = rowMinHeight, PageWidth = 842, PageHeight = 595 };

    [Fact]
    public void Compose_ContinuesALongTableOnTheNextPage_AndTheTruthSpansBoth()
    {
        using var fonts = FontSet.Load(0);
        var doc = new DocumentComposer(new Typesetter(fonts), Style(56)).Compose([LongSop(14)], withRegulation: false, new Random(1));

        Assert.True(doc.Pages.Count >= 3, $"{doc.Pages.Count} pages");
        Assert.Equal(new PageRange(1, doc.Pages.Count), Assert.Single(doc.Records).Pages);
    }

    [Fact]
    public void Compose_PutsTheRegulationFirst_AsOtherPages()
    {
        using var fonts = FontSet.Load(1);
        var doc = new DocumentComposer(new Typesetter(fonts), Style(38)).Compose([LongSop(4), LongSop(5)], withRegulation: true, new Random(1));

        Assert.Equal([1, 2], doc.OtherPages.Select(p => p.Page));
        Assert.Contains("STANDAR OPERASIONAL PROSEDUR", doc.OtherPages[0].Text);
        Assert.Equal(3, doc.Records[0].Pages.First);
        Assert.Equal(doc.Records[0].Pages.Last + 1, doc.Records[1].Pages.First);
        Assert.Equal(doc.Pages.Count, doc.Records[1].Pages.Last);
    }
}
