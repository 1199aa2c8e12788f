using Microsoft.EntityFrameworkCore;
using SopIngest.Storage.Model;

namespace SopIngest.Storage.Database;

/// <summary>
/// The store's EF Core model. One migration history serves SQLite and PostgreSQL: the migrations name
/// no column types, so each provider maps the CLR types its own way.
/// </summary>
public sealed class SopStoreContext(DbContextOptions<SopStoreContext> options) : DbContext(options)
{
    public DbSet<Batch> Batches => Set<Batch>();
    public DbSet<BatchItem> BatchItems => Set<BatchItem>();
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<PageResult> PageResults => Set<PageResult>();
    public DbSet<StageRun> StageRuns => Set<StageRun>();
    public DbSet<StoredRecord> Records => Set<StoredRecord>();
    public DbSet<RecordRevision> RecordRevisions => Set<RecordRevision>();
    public DbSet<CorrectionEntry> Corrections => Set<CorrectionEntry>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Batch>(b =>
        {
            b.ToTable("batches");
            b.Property(x => x.Source).HasMaxLength(32);
            b.HasMany(x => x.Items).WithOne().HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<BatchItem>(b =>
        {
            b.ToTable("batch_items");
            b.Property(x => x.Name).HasMaxLength(1024);
            b.HasIndex(x => new { x.BatchId, x.Ordinal }).IsUnique();
            b.HasOne(x => x.Document).WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<Document>(b =>
        {
            b.ToTable("documents");
            b.Property(x => x.Sha256).HasMaxLength(64);
            b.HasIndex(x => x.Sha256).IsUnique();
            b.HasIndex(x => x.State);
            b.Property(x => x.FileName).HasMaxLength(1024);
            b.Property(x => x.Kind).HasMaxLength(16);
            b.Property(x => x.State).HasConversion<int>();
            b.Property(x => x.QueueToken).HasMaxLength(128);
            b.Ignore(x => x.IsFinished);
        });
        model.Entity<PageResult>(b =>
        {
            b.ToTable("page_results");
            b.Property(x => x.Stage).HasMaxLength(64);
            b.HasIndex(x => new { x.DocumentId, x.Page, x.Stage, x.StageVersion }).IsUnique();
            b.HasOne<Document>().WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<StageRun>(b =>
        {
            b.ToTable("stage_runs");
            b.Property(x => x.Stage).HasMaxLength(64);
            b.Property(x => x.Worker).HasMaxLength(128);
            b.HasIndex(x => new { x.DocumentId, x.Page, x.Stage });
            b.HasOne<Document>().WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<StoredRecord>(b =>
        {
            b.ToTable("records");
            b.Property(x => x.Id).HasMaxLength(32);
            b.HasIndex(x => new { x.DocumentId, x.Ordinal }).IsUnique();
            b.HasOne<Document>().WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(x => x.Revisions).WithOne().HasForeignKey(x => x.RecordId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<RecordRevision>(b =>
        {
            b.ToTable("record_revisions");
            b.Property(x => x.RecordId).HasMaxLength(32);
            b.Property(x => x.ChangedBy).HasMaxLength(128);
            b.HasIndex(x => new { x.RecordId, x.Revision }).IsUnique();
        });
        model.Entity<CorrectionEntry>(b =>
        {
            b.ToTable("corrections");
            b.Property(x => x.RecordId).HasMaxLength(32);
            b.Property(x => x.Source).HasMaxLength(128);
            b.HasIndex(x => x.RecordId);
            b.HasOne<StoredRecord>().WithMany().HasForeignKey(x => x.RecordId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
