using SopIngest.Core.Records;
using CorrectionRecord = SopIngest.Core.Records.Correction;

namespace SopIngest.Correction.Tests.Correcting;

[Collection(ShippedModelCollection.Name)]
public sealed class RecordCorrectorTests(ShippedModelFixture fixture)
{
    private static SopRecord Record(IReadOnlyList<Step> steps, string title = "Penyusunan Renja PD") => new(
        new PageRange(1, 2),
        new Agency("Pemerintah Kota Bontang", "Dinas Ketenagakeriaan", ["Sekretariat"]),
        "067.17.002 /Dinas/ka/01",
        title,
        new SopDates(new DateOnly(2019, 5, 20), null, new DateOnly(2019, 12, 10)),
        new Approval("Keptin Dinas Ketenagakerjaan", "Ahmad Azness", "1972050220061121002"),
        ["UU Nomor 25 tahun 2004 tentang Sistem Perencanaan Pembangunan Nasional"],
        ["Mampu mengoperasikan program komputer"],
        [],
        ["Laporan Tahunan", "Rensra PD periode sebelumnya"],
        [],
        [],
        ["Kepala Dinas", "Tim Penyusunan Renja PD"],
        steps);

    private static Step Step(int no, string activity, string requirements = "", string output = "", string notes = "") =>
        new(no, activity, ["Kepala Dinas"], StepShape.Process, requirements, new Duration("30 menit", 30, 30), output, notes, []);

    [Fact]
    public void CorrectRecord_CorrectsFreeTextFields_AndRecordsEachChangeWithItsFieldPath()
    {
        var record = Record([
            Step(1, "Membentuk SK Tim Kegiatan", "Konsep SK", "SK Tim Kegiatan"),
            Step(2, "Konultasi Draft Rencana PD", "- Undangun", "Draft Rencana PD", "terkait SOP Pengumpulan Data"),
        ]);

        var corrected = fixture.Corrector.CorrectRecord(record);

        Assert.Equal("Konsultasi Draft Rencana PD", corrected.Steps[1].Activity);
        Assert.Equal("- Undangan", corrected.Steps[1].Requirements);
        Assert.Equal("Dinas Ketenagakerjaan", corrected.Agency.Office);
        Assert.Equal("Kepala Dinas Ketenagakerjaan", corrected.Approval.Position);
        var corrections = Assert.IsAssignableFrom<IReadOnlyList<CorrectionRecord>>(corrected.Corrections);
        Assert.Contains(corrections, c => c is { Field: "steps[1].activity", From: "Konultasi", To: "Konsultasi" } && c.Confidence >= 0.5);
        Assert.Contains(corrections, c => c is { Field: "steps[1].requirements", From: "Undangun", To: "Undangan" });
        Assert.Contains(corrections, c => c is { Field: "agency.office", From: "Ketenagakeriaan", To: "Ketenagakerjaan" });
        Assert.Contains(corrections, c => c is { Field: "approval.position", From: "Keptin", To: "Kepala" });
        Assert.Contains(corrections, c => c is { Field: "equipment[1]", From: "Rensra", To: "Renstra" });
        Assert.DoesNotContain(corrections, c => c.Field.StartsWith("steps[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void CorrectRecord_StepsFollowTheirCorrectedLane()
    {
        var misread = Record([Step(1, "Membentuk SK Tim Kegiatan") with { Actors = ["Keptin Dinas"] }]) with
        {
            Actors = ["Keptin Dinas", "Tim Penyusunan Renja PD"],
        };

        var corrected = fixture.Corrector.CorrectRecord(misread);

        Assert.Equal("Kepala Dinas", corrected.Actors[0]);
        Assert.Equal(["Kepala Dinas"], corrected.Steps[0].Actors);
    }

    [Fact]
    public void CorrectRecord_LeavesNumberDatesApproverNameNipAndDurations()
    {
        var record = Record([Step(1, "Konultasi Draft Rencana PD")]);

        var corrected = fixture.Corrector.CorrectRecord(record);

        Assert.Equal(record.Number, corrected.Number);
        Assert.Equal(record.Dates, corrected.Dates);
        Assert.Equal(record.Approval.Name, corrected.Approval.Name);
        Assert.Equal(record.Approval.Nip, corrected.Approval.Nip);
        Assert.Equal(record.Steps[0].Duration, corrected.Steps[0].Duration);
        Assert.Equal(record.Steps[0].No, corrected.Steps[0].No);
    }

    [Fact]
    public void CorrectRecord_WithNothingToCorrect_ReturnsEqualFieldsAndNoCorrections()
    {
        var record = Record([Step(1, "Membentuk SK Tim Kegiatan", "Konsep SK", "SK Tim Kegiatan")]) with
        {
            Agency = new Agency("Pemerintah Kota Bontang", "Dinas Ketenagakerjaan", []),
            Approval = new Approval("Kepala Dinas Ketenagakerjaan", "Ahmad Azness", "1972050220061121002"),
            Equipment = ["Laporan Tahunan"],
        };

        var corrected = fixture.Corrector.CorrectRecord(record);

        Assert.Null(corrected.Corrections);
        Assert.Equal(record.Title, corrected.Title);
        Assert.Equal(record.Steps[0].Activity, corrected.Steps[0].Activity);
    }
}
