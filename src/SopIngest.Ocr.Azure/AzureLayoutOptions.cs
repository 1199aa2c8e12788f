using Microsoft.Extensions.Configuration;

namespace SopIngest.Ocr.Azure;

/// <summary>
/// Azure AI Document Intelligence settings. Bound from configuration section <c>Ocr:Azure</c>
/// (environment: <c>Ocr__Azure__Endpoint</c>, <c>Ocr__Azure__Key</c>); a live call needs only those two.
/// </summary>
public sealed record AzureLayoutOptions
{
    public const string Section = "Ocr:Azure";

    /// <summary>The resource endpoint, e.g. https://NAME.cognitiveservices.azure.com/.</summary>
    public Uri? Endpoint { get; init; }

    public string? Key { get; init; }

    public string ModelId { get; init; } = "prebuilt-layout";

    public string ApiVersion { get; init; } = "2024-11-30";

    /// <summary>How often the analyze operation is polled when the service sends no Retry-After.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A page whose analysis takes longer fails.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Pages analysed at once (the service, not this machine, does the work).</summary>
    public int MaxConcurrency { get; init; } = 4;

    public bool IsConfigured => Endpoint != null && !string.IsNullOrWhiteSpace(Key);

    public static AzureLayoutOptions FromConfiguration(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<AzureLayoutOptions>() ?? new AzureLayoutOptions();
}
