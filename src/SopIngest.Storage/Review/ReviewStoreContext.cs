using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace SopIngest.Storage.Review;

/// <summary>
/// The web app's tables on the store's database: ASP.NET Core Identity (users, roles) and each record's
/// review state. A context of its own with its own migration history (<c>__review_migrations</c>), so
/// the ingest model and this one evolve apart on the same SQLite file or PostgreSQL database.
/// </summary>
public sealed class ReviewStoreContext(DbContextOptions<ReviewStoreContext> options)
    : IdentityDbContext<IdentityUser, IdentityRole, string>(options)
{
    public const string HistoryTable = "__review_migrations";

    public DbSet<RecordReview> RecordReviews => Set<RecordReview>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        base.OnModelCreating(model);
        model.Entity<RecordReview>(b =>
        {
            b.ToTable("record_reviews");
            b.HasKey(x => x.RecordId);
            b.Property(x => x.RecordId).HasMaxLength(32);
            b.Property(x => x.State).HasConversion<int>();
            b.Property(x => x.ChangedBy).HasMaxLength(256);
            b.HasIndex(x => x.State);
        });
    }
}
