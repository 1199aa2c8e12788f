namespace SopIngest.Web.Identity;

/// <summary>
/// The web app's settings (section <c>Web</c>, e.g. <c>SOPINGEST_Web__Admin__Email</c>). When
/// <see cref="AdminEmail"/> and <see cref="AdminPassword"/> are set, that admin is created at start-up
/// if no user has that name yet; <c>sopingest user add</c> does the same from the command line.
/// </summary>
public sealed record WebOptions
{
    public const string Section = "Web";

    public AdminSeed Admin { get; init; } = new();

    /// <summary>The searchable-text threshold below which a step or word counts as doubtful on the review page.</summary>
    public double DoubtfulConfidence { get; init; } = 0.8;
}

public sealed record AdminSeed
{
    public string? Email { get; init; }
    public string? Password { get; init; }
}
