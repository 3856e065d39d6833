namespace TranslationReview.Core.Formats.Tmx;

/// <summary>
/// Hands out one string per property key (<c>target/xml:lang</c>, <c>prop:x-project</c>…) so that a memory of a
/// hundred thousand units does not hold a hundred thousand copies of each key.
/// </summary>
internal sealed class TmxPropertyKeys
{
    private readonly Dictionary<(string Prefix, string Name), string> _keys = [];

    public string Get(string prefix, string name)
    {
        if (!_keys.TryGetValue((prefix, name), out var key))
        {
            key = _keys[(prefix, name)] = prefix + name;
        }

        return key;
    }
}
