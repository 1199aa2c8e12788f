using SopIngest.Core.Parsing;

namespace SopIngest.Core.Tests.Parsing;

public class NipTests
{
    [Theory]
    [InlineData("NIP. 19730314 199803 2 009", "197303141998032009")]
    [InlineData("NIP: 1973050220001031003", "1973050220001031003")]
    [InlineData("NIP. 19600131 198603 2 009 Penyusunan", "196001311986032009")]
    [InlineData("NIP. 197305022001121002", "197305022001121002")]
    [InlineData("NIP. 197505022001 21002", "19750502200121002")]
    [InlineData("NIP. : 90305003001121002", "90305003001121002")]
    [InlineData("NIP. 19600131 198603 009", "19600131198603009")]
    [InlineData("NIP.19730314.199803.2.009", "197303141998032009")]
    [InlineData("19730314 199803 2 009", "197303141998032009")]
    public void Digits_KeepsPrintedDigits_AcrossSpacesAndDots(string text, string expected) =>
        Assert.Equal(expected, Nip.Digits(text));

    [Theory]
    [InlineData("NIK. 197305022001121002", "197305022001121002")]
    [InlineData("Np. 157305022001121002", "157305022001121002")]
    [InlineData("Pembina TK 1719/b NIK. 1975015023001123002", "1975015023001123002")]
    [InlineData("Pembina Utama Muda, IV/c NIP. 19730314 199803 2 009", "197303141998032009")]
    public void Digits_StartsAfterTheLabel_WhenOcrMisreadsIt(string text, string expected) =>
        Assert.Equal(expected, Nip.Digits(text));

    [Theory]
    [InlineData("NIP. 19730314-199803-2-009", "197303141998032009")]
    [InlineData("NIP. 19730502300112-002", "19730502300112002")]
    public void Digits_ReadsThroughHyphensBetweenDigitGroups(string text, string expected) =>
        Assert.Equal(expected, Nip.Digits(text));

    [Theory]
    [InlineData("NIP. 19730314 199803 2 009\t20 Mei 2019", "197303141998032009")]
    [InlineData("NIP. 19730314 199803 2 009\nKepala Dinas 2", "197303141998032009")]
    [InlineData("NIP. 19730314 199803 2 009 - Penyusunan", "197303141998032009")]
    public void Digits_StopsAtTheEndOfTheNumber(string text, string expected) =>
        Assert.Equal(expected, Nip.Digits(text));

    [Theory]
    [InlineData("NIP 19600131 T98603 2 009", "196001311986032009")]
    [InlineData("NIP. 19670921 2O1008 1 009", "196709212010081009")]
    [InlineData("NIP. 196001311986032009 S1 Ekonomi", "196001311986032009")]
    [InlineData("NIP. 19600131 198603 2 009 Sekretaris", "196001311986032009")]
    public void Digits_ReadsALetterBetweenDigitsAsTheDigitItResembles_UntilTheNumberIsFull(string text, string expected) =>
        Assert.Equal(expected, Nip.Digits(text));

    [Theory]
    [InlineData("")]
    [InlineData("NIP.")]
    [InlineData("NIP. -")]
    [InlineData("Dr. Sisilia Sona")]
    public void Digits_ReturnsEmpty_WhenThereAreNoDigits(string text) =>
        Assert.Equal("", Nip.Digits(text));
}
