namespace SopIngest.Storage.Model;

/// <summary>One intake (a CLI run, an upload, an inbox sweep): the files it brought, each as a <see cref="BatchItem"/>.</summary>
public sealed class Batch
{
    private Batch() { }

    public long Id { get; private set; }
    public DateTime CreatedAt { get; private set; }

    /// <summary>Where the batch came from: <c>cli</c>, <c>http</c>, <c>inbox</c>.</summary>
    public string Source { get; private set; } = "";

    public List<BatchItem> Items { get; private set; } = [];

    public static Batch Open(string source, DateTime now) => new() { Source = source, CreatedAt = now };

    /// <summary>A file that became (or matched) a document.</summary>
    public BatchItem Add(string name, Document document, bool duplicate)
    {
        var item = new BatchItem(Items.Count + 1, name, document, null, duplicate);
        Items.Add(item);
        return item;
    }

    /// <summary>A file refused at intake (unsafe ZIP path, too large, wrong type): accounted for, with its reason.</summary>
    public BatchItem Reject(string name, string error)
    {
        var item = new BatchItem(Items.Count + 1, name, null, error, false);
        Items.Add(item);
        return item;
    }
}

/// <summary>One file of a batch as it was named there; several items may point at one document (same content).</summary>
public sealed class BatchItem
{
    private BatchItem() { }

    internal BatchItem(int ordinal, string name, Document? document, string? error, bool duplicate)
    {
        Ordinal = ordinal;
        Name = name;
        Document = document;
        Error = error;
        Duplicate = duplicate;
    }

    public long Id { get; private set; }
    public long BatchId { get; private set; }
    public int Ordinal { get; private set; }
    public string Name { get; private set; } = "";
    public long? DocumentId { get; private set; }
    public Document? Document { get; private set; }

    /// <summary>Why intake refused the file; null when it became a document.</summary>
    public string? Error { get; private set; }

    /// <summary>True when the content was already known (in the store or earlier in this batch).</summary>
    public bool Duplicate { get; private set; }
}
