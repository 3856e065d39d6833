namespace TranslationReview.Core.Formats.Xliff2.Validation;

/// <summary>What the core XSD allows for one element: attributes, content and children in order.</summary>
/// <param name="Attributes">The attributes without a namespace (and <c>xml:*</c> ones written <c>xml:lang</c>).</param>
/// <param name="Required">The attributes that must be present.</param>
/// <param name="OtherAttributes">True when attributes from other namespaces (modules, extensions) are allowed.</param>
/// <param name="Mixed">True when the element may contain text.</param>
/// <param name="Children">The child particles in order.</param>
internal sealed record CoreElementModel(
    string[] Attributes,
    string[] Required,
    bool OtherAttributes,
    bool Mixed,
    ChildParticle[] Children);
