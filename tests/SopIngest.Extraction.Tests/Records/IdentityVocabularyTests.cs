using SopIngest.Extraction.Records;

namespace SopIngest.Extraction.Tests.Records;

public sealed class IdentityVocabularyTests
{
    [Theory]
    [InlineData("Nomor SOP", nameof(IdentityField.Number))]
    [InlineData("Judul SOP", nameof(IdentityField.Title))]
    [InlineData("Di Sahkan Oleh", nameof(IdentityField.Approval))]
    [InlineData("Instansi oleh", nameof(IdentityField.Approval))]
    [InlineData("Tanggal Penrubahan", nameof(IdentityField.Revised))]
    [InlineData("Tanggal Pengesahan/Efektif", nameof(IdentityField.Effective))]
    [InlineData("Tanggal Penetapan", nameof(IdentityField.Created))]
    [InlineData("Tanggal Penharian", nameof(IdentityField.UnknownDate))]
    public void Field_RecognisesKeys_AsAgenciesAndOcrPrintThem(string key, string expected)
    {
        Assert.Equal(expected, IdentityVocabulary.Field(key)?.ToString());
    }

    [Theory]
    [InlineData("TANGGAL")]
    [InlineData("NOMOR")]
    [InlineData("Menimbang")]
    public void Field_IgnoresWordsThatAreNotIdentityKeys(string key)
    {
        Assert.Null(IdentityVocabulary.Field(key));
    }

    [Theory]
    [InlineData("DASAR HUKUM :", nameof(SectionKind.LegalBasis))]
    [InlineData("Peralatan/Perangkat Lunak", nameof(SectionKind.Equipment))]
    [InlineData("Pencatatan dan pendataan :", nameof(SectionKind.RecordKeeping))]
    public void Section_RecognisesHeadings(string heading, string expected)
    {
        Assert.Equal(expected, IdentityVocabulary.Section(heading)?.ToString());
    }

    [Fact]
    public void SplitKeyAndValue_ReadsKeyAndValueRunTogether()
    {
        Assert.Equal((IdentityField.Title, "Pendokumentasian Informasi Publik"), IdentityVocabulary.SplitKeyAndValue("Nama SOP Pendokumentasian Informasi Publik"));
    }
}
