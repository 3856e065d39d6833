using System.Globalization;

namespace TranslationReview.Core.Formats.Xliff2;

/// <summary>Collects the <c>&lt;data&gt;</c> elements of one unit while its codes are written.</summary>
internal sealed class Xliff2OriginalData
{
    private readonly Dictionary<string, string> _byId = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    /// <summary>The data id for <paramref name="nativeData"/>, reusing <paramref name="preferredId"/> when it is free or already holds the same data.</summary>
    public string Register(string nativeData, string? preferredId)
    {
        if (preferredId is not null && Xliff2Syntax.IsNmToken(preferredId))
        {
            if (_byId.TryGetValue(preferredId, out var existing))
            {
                if (existing == nativeData)
                {
                    return preferredId;
                }
            }
            else
            {
                Add(preferredId, nativeData);
                return preferredId;
            }
        }

        foreach (var (id, data) in _byId)
        {
            if (data == nativeData && preferredId is null)
            {
                return id;
            }
        }

        var number = _byId.Count + 1;
        string fresh;
        do
        {
            fresh = "d" + number.ToString(CultureInfo.InvariantCulture);
            number++;
        }
        while (_byId.ContainsKey(fresh));

        Add(fresh, nativeData);
        return fresh;
    }

    /// <summary>The data in the order first registered.</summary>
    public IEnumerable<(string Id, string Data)> Entries => _order.Select(id => (id, _byId[id]));

    private void Add(string id, string data)
    {
        _byId[id] = data;
        _order.Add(id);
    }
}
