namespace SopIngest.Ocr.Azure.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void PublicTypes_AreTheEngineItsFactoryAndOptions()
    {
        var types = typeof(AzureLayoutEngine).Assembly.GetExportedTypes().Select(t => t.FullName).Order().ToList();

        Assert.Equal(
        [
            "SopIngest.Ocr.Azure.AzureLayoutClientOptions",
            "SopIngest.Ocr.Azure.AzureLayoutEngine",
            "SopIngest.Ocr.Azure.AzureLayoutEngineFactory",
            "SopIngest.Ocr.Azure.AzureLayoutException",
            "SopIngest.Ocr.Azure.AzureLayoutOptions",
        ], types);
    }
}
