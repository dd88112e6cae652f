namespace Ingestion.Deployment.Tests.Manifests;

/// <summary>A YAML mapping with typed, path-style access: <c>map.Map("spec").List("containers")</c>.</summary>
internal sealed class YamlMap(Dictionary<object, object?> values)
{
    public IEnumerable<string> Keys => values.Keys.Select(key => key.ToString()!);

    public bool Has(string key) => values.ContainsKey(key);

    public string? String(string key) => values.TryGetValue(key, out object? value) ? value?.ToString() : null;

    public YamlMap Map(string key) => MapOrNull(key) ?? throw new KeyNotFoundException($"No mapping '{key}' among: {string.Join(", ", Keys)}.");

    public YamlMap? MapOrNull(string key) =>
        values.TryGetValue(key, out object? value) && value is Dictionary<object, object?> map ? new YamlMap(map) : null;

    public IReadOnlyList<object?> List(string key) =>
        values.TryGetValue(key, out object? value) && value is List<object?> list ? list : [];

    public IReadOnlyList<YamlMap> Maps(string key) =>
        [.. List(key).OfType<Dictionary<object, object?>>().Select(map => new YamlMap(map))];

    /// <summary>The value at a dotted path, e.g. <c>metadata.name</c>; null when any step is missing. Keys with dots (labels) need <see cref="Map"/>.</summary>
    public string? At(string path)
    {
        string[] steps = path.Split('.');
        YamlMap? current = this;
        for (int i = 0; i < steps.Length - 1 && current is not null; i++)
        {
            current = current.MapOrNull(steps[i]);
        }

        return current?.String(steps[^1]);
    }
}
