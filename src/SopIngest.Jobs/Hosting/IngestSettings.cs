using Microsoft.Extensions.Configuration;
using SopIngest.Jobs.Intake;
using SopIngest.Storage.Database;

namespace SopIngest.Jobs.Hosting;

/// <summary>
/// The configuration every host binds once: sections <c>Store</c>, <c>Jobs</c>, <c>Intake</c>, from
/// environment variables prefixed <c>SOPINGEST_</c> (<c>SOPINGEST_Store__Provider=postgres</c>) and the
/// host's own overrides (e.g. <c>--store DIR</c>). docker-compose.yml uses the same keys.
/// </summary>
public sealed record IngestSettings(StoreOptions Store, JobsOptions Jobs, IntakeOptions Intake)
{
    public static IngestSettings Load(IConfiguration configuration) => new(
        configuration.GetSection(StoreOptions.Section).Get<StoreOptions>() ?? new StoreOptions(),
        configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions(),
        configuration.GetSection(IntakeOptions.Section).Get<IntakeOptions>() ?? new IntakeOptions());

    public static IConfiguration Build(IReadOnlyDictionary<string, string?>? overrides = null) =>
        new ConfigurationBuilder()
            .AddEnvironmentVariables("SOPINGEST_")
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .Build();

    public static IngestSettings FromEnvironment(string? storeDirectory) =>
        Load(Build(storeDirectory is null ? null : new Dictionary<string, string?> { ["Store:Directory"] = storeDirectory }));
}
