using System.Text.Json.Nodes;

namespace SopIngest.Storage.Model;

/// <summary>
/// One SOP record with its current JSON. Every change goes through <see cref="Revise"/>, which keeps the
/// previous state as a <see cref="RecordRevision"/>: nothing is overwritten without a revision.
/// </summary>
public sealed class StoredRecord
{
    private StoredRecord() { }

    /// <summary>Stable id: the document's sha256 prefix and the record's position in it.</summary>
    public string Id { get; private set; } = "";
    public long DocumentId { get; private set; }
    public int Ordinal { get; private set; }
    public string Title { get; private set; } = "";
    public string Number { get; private set; } = "";
    public string Json { get; private set; } = "";
    public int Revision { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public List<RecordRevision> Revisions { get; private set; } = [];

    public static string MakeId(string sha256, int ordinal) => $"{sha256[..12]}-{ordinal:D3}";

    public static StoredRecord Create(string sha256, long documentId, int ordinal, string title, string number, string json, string by, DateTime now)
    {
        var record = new StoredRecord
        {
            Id = MakeId(sha256, ordinal),
            DocumentId = documentId,
            Ordinal = ordinal,
            Title = title,
            Number = number,
            Json = json,
            Revision = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        record.Revisions.Add(new RecordRevision(record.Id, 1, json, by, now, "created"));
        return record;
    }

    /// <summary>Replaces the current JSON, recording who changed what. False (and no revision) when nothing changed.</summary>
    public bool Revise(string title, string number, string json, string by, DateTime now)
    {
        if (json == Json)
            return false;
        var changed = ChangedFields(Json, json);
        Revision++;
        Title = title;
        Number = number;
        Json = json;
        UpdatedAt = now;
        Revisions.Add(new RecordRevision(Id, Revision, json, by, now, changed));
        return true;
    }

    /// <summary>The top-level fields whose value differs, comma separated.</summary>
    internal static string ChangedFields(string before, string after)
    {
        var a = JsonNode.Parse(before) as JsonObject ?? [];
        var b = JsonNode.Parse(after) as JsonObject ?? [];
        var names = a.Select(p => p.Key).Union(b.Select(p => p.Key));
        var changed = names.Where(n => !JsonNode.DeepEquals(a[n], b[n])).ToList();
        return changed.Count == 0 ? "formatting" : string.Join(", ", changed);
    }
}

/// <summary>A record as it was at one revision, and who made that change, when, to which fields.</summary>
public sealed class RecordRevision
{
    private RecordRevision() { }

    internal RecordRevision(string recordId, int revision, string json, string changedBy, DateTime changedAt, string change)
    {
        RecordId = recordId;
        Revision = revision;
        Json = json;
        ChangedBy = changedBy;
        ChangedAt = changedAt;
        Change = change;
    }

    public long Id { get; private set; }
    public string RecordId { get; private set; } = "";
    public int Revision { get; private set; }
    public string Json { get; private set; } = "";
    public string ChangedBy { get; private set; } = "";
    public DateTime ChangedAt { get; private set; }

    /// <summary>What changed: <c>created</c> or the changed fields.</summary>
    public string Change { get; private set; } = "";
}

/// <summary>One text correction applied to a record (by the OCR corrector or a reviewer), kept for review.</summary>
public sealed class CorrectionEntry
{
    private CorrectionEntry() { }

    public long Id { get; private set; }
    public string RecordId { get; private set; } = "";
    public int Revision { get; private set; }
    public string Field { get; private set; } = "";
    public string From { get; private set; } = "";
    public string To { get; private set; } = "";
    public double? Confidence { get; private set; }

    /// <summary>Who made it: <c>corrector</c> or a reviewer's name.</summary>
    public string Source { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    public static CorrectionEntry Of(string recordId, int revision, string field, string from, string to, double? confidence, string source, DateTime now) => new()
    {
        RecordId = recordId,
        Revision = revision,
        Field = field,
        From = from,
        To = to,
        Confidence = confidence,
        Source = source,
        CreatedAt = now,
    };
}
