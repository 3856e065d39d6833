using System.Text;

namespace TranslationReview.EndToEnd.Tests.Browser;

/// <summary>Small bilingual files written by the tests, with real-looking sentences.</summary>
public static class SampleFiles
{
    /// <summary>Five Ukrainian → English segments: four translated (the fourth approved), the fifth without a target.</summary>
    public static readonly (string Source, string Target, string State)[] LibraryRows =
    [
        ("Міська рада оголосила про два проєкти відновлення.", "The city council announced two reconstruction projects.", ""),
        ("Бібліотека втратила понад 200 вікон.", "The library lost more than 200 windows.", ""),
        ("Книжковий фонд вдалося зберегти.", "The book collection was saved.", ""),
        ("Читачів обслуговують у сусідній школі.", "Readers are served in a nearby school.", "approved"),
        ("Трамвайна лінія не працює з 2022 року.", "", "new"),
    ];

    /// <summary><see cref="LibraryRows"/> as TSV (source, target, state).</summary>
    public static byte[] LibraryTsv() =>
        Encoding.UTF8.GetBytes(string.Concat(LibraryRows.Select(r => $"{r.Source}\t{r.Target}\t{r.State}\n")));

    /// <summary>A valid XLIFF 2.0 file of three segments.</summary>
    public static byte[] BridgeXliff2() => Encoding.UTF8.GetBytes("""
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="uk" trgLang="en">
          <file id="f1">
            <unit id="u1"><segment state="translated"><source>Міст відкрили в понеділок.</source><target>The bridge reopened on Monday.</target></segment></unit>
            <unit id="u2"><segment state="translated"><source>Рух дозволено лише автобусам.</source><target>Traffic is limited to buses.</target></segment></unit>
            <unit id="u3"><segment><source>Ремонт коштував 12 мільйонів гривень.</source></segment></unit>
          </file>
        </xliff>
        """);

    /// <summary>An XLIFF 2.0 file whose second target is never closed (line 5).</summary>
    public static byte[] BrokenXliff2() => Encoding.UTF8.GetBytes("""
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="uk" trgLang="en">
          <file id="f1">
            <unit id="u1"><segment><source>Міст відкрили в понеділок.</source><target>The bridge reopened on Monday.</target></segment></unit>
            <unit id="u2"><segment><source>Рух дозволено лише автобусам.</source><target>Traffic is limited to buses.</segment></unit>
          </file>
        </xliff>
        """);
}
