namespace SopIngest.Ocr.Input;

/// <summary>What one opened document holds (PDFs, decoded TIFF pages, ZIP entries spilled to disk): closed and deleted with it.</summary>
internal sealed class ReadScope : IDisposable
{
    private readonly List<IDisposable> _open = [];
    private readonly List<string> _files = [];
    private readonly Lock _gate = new();

    public T Add<T>(T item) where T : IDisposable
    {
        lock (_gate)
            _open.Add(item);
        return item;
    }

    public string TempFile(string extension)
    {
        var file = Path.Combine(Path.GetTempPath(), $"sopingest-{Guid.NewGuid():N}{extension}");
        lock (_gate)
            _files.Add(file);
        return file;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var item in _open) item.Dispose();
            foreach (var file in _files) File.Delete(file);
            _open.Clear();
            _files.Clear();
        }
    }
}
