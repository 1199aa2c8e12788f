using SopIngest.Jobs.Intake;
using SopIngest.Storage.Database;
using SopIngest.Storage.Files;
using SopIngest.Storage.Store;

namespace SopIngest.Jobs.Hosting;

/// <summary>The store's services over one database and file store, opened (and migrated) once per process.</summary>
public sealed class IngestRuntime
{
    private IngestRuntime(StoreOptions store, IntakeOptions intake)
    {
        Database = new StoreDatabase(store);
        Database.Migrate();
        Files = new ContentAddressedFileStore(store.FilesDirectory);
        Registry = new BatchRegistry(Database, TimeProvider.System);
        Work = new DocumentWork(Database, TimeProvider.System);
        Records = new RecordWriter(Database, TimeProvider.System);
        Queries = new StatusQueries(Database);
        IntakeOptions = intake;
    }

    public StoreDatabase Database { get; }
    public IFileStore Files { get; }
    public BatchRegistry Registry { get; }
    public DocumentWork Work { get; }
    public RecordWriter Records { get; }
    public StatusQueries Queries { get; }
    public IntakeOptions IntakeOptions { get; }

    public static IngestRuntime Open(StoreOptions store, IntakeOptions intake) => new(store, intake);

    public IntakeSession BeginIntake() => new(Files, Registry, IntakeOptions);
}
