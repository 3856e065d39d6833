using TranslationReview.Core.Segmentation;

namespace TranslationReview.Core.Tests.Segmentation;

public partial class SrxSegmenterTests
{
    [Theory]
    [InlineData("The file is ready. Please review it.", "The file is ready.", "Please review it.")]
    [InlineData("Is it done? Yes! Send it.", "Is it done?", "Yes!", "Send it.")]
    [InlineData("Really?! We shipped it?!! Unbelievable.", "Really?!", "We shipped it?!!", "Unbelievable.")]
    [InlineData("Mr. Holmes met Dr. Watson at St. Bart's. They talked.", "Mr. Holmes met Dr. Watson at St. Bart's.", "They talked.")]
    [InlineData("Mrs. Hudson and Prof. Moriarty were absent.", "Mrs. Hudson and Prof. Moriarty were absent.")]
    [InlineData("Use a neutral tone, e.g. Formal Style Guide rules. Avoid slang.", "Use a neutral tone, e.g. Formal Style Guide rules.", "Avoid slang.")]
    [InlineData("Keep the brand names, i.e. Acme and Globex. Translate the rest.", "Keep the brand names, i.e. Acme and Globex.", "Translate the rest.")]
    [InlineData("The call starts at 9 a.m. and ends at 5 p.m. Please join on time.", "The call starts at 9 a.m. and ends at 5 p.m.", "Please join on time.")]
    [InlineData("Bring pens, paper, etc. and a laptop. Then wait.", "Bring pens, paper, etc. and a laptop.", "Then wait.")]
    [InlineData("We need pens, paper, etc. The rest is provided.", "We need pens, paper, etc.", "The rest is provided.")]
    [InlineData("See No. 5 and Fig. 3 on pp. 12-14. Done.", "See No. 5 and Fig. 3 on pp. 12-14.", "Done.")]
    [InlineData("It was signed on Oct. 3 in Paris. Nobody came.", "It was signed on Oct. 3 in Paris.", "Nobody came.")]
    [InlineData("J. R. R. Tolkien wrote it. J.R.R. Tolkien again.", "J. R. R. Tolkien wrote it.", "J.R.R. Tolkien again.")]
    [InlineData("She joined the U.S. Army in 2001. It changed her.", "She joined the U.S. Army in 2001.", "It changed her.")]
    [InlineData("So did I. Then we left.", "So did I.", "Then we left.")]
    [InlineData("Press Ctrl+S. The file is saved.", "Press Ctrl+S.", "The file is saved.")]
    [InlineData("Click OK. Then restart the app.", "Click OK.", "Then restart the app.")]
    [InlineData("The rate rose from 3.5 to 4.25 percent. Prices followed.", "The rate rose from 3.5 to 4.25 percent.", "Prices followed.")]
    [InlineData("It cost $12. 30 people paid.", "It cost $12.", "30 people paid.")]
    [InlineData("Visit example.com/a.b for details. Then log in.", "Visit example.com/a.b for details.", "Then log in.")]
    [InlineData("Download it from https://www.example.org/docs/v2.1/index.html. It is free.", "Download it from https://www.example.org/docs/v2.1/index.html.", "It is free.")]
    [InlineData("Write to john.smith@mail.example.com. He answers fast.", "Write to john.smith@mail.example.com.", "He answers fast.")]
    [InlineData("I waited... Then she came.", "I waited...", "Then she came.")]
    [InlineData("I waited... and waited.", "I waited... and waited.")]
    [InlineData("He paused… Nobody spoke.", "He paused…", "Nobody spoke.")]
    [InlineData("He paused… and went on.", "He paused… and went on.")]
    [InlineData("He said: \"Go home.\" Then he left.", "He said: \"Go home.\"", "Then he left.")]
    [InlineData("He said: «Go home.» Then he left.", "He said: «Go home.»", "Then he left.")]
    [InlineData("He said: “Go home.” Then he left.", "He said: “Go home.”", "Then he left.")]
    [InlineData("“Stop!” she shouted. “Why?” he asked.", "“Stop!” she shouted.", "“Why?” he asked.")]
    [InlineData("He left. \"Who was that?\" she asked.", "He left.", "\"Who was that?\" she asked.")]
    [InlineData("(See the appendix.) The table follows.", "(See the appendix.)", "The table follows.")]
    [InlineData("The report says [...] The budget grew.", "The report says [...] The budget grew.")]
    [InlineData("It is Acme vs. Globex in the final. Then we decide.", "It is Acme vs. Globex in the final.", "Then we decide.")]
    [InlineData("the end. lowercase is not a new sentence.", "the end. lowercase is not a new sentence.")]
    public void Split_English_BreaksLikeACatTool(string text, params string[] expected) =>
        Assert.Equal(expected, SrxSegmenter.Default.Split(text, "en-US"));

    [Theory]
    [InlineData("1. Install the package.\n2. Run the tool.", "1. Install the package.", "2. Run the tool.")]
    [InlineData("a) Open the file. Check it.\nb) Save it.", "a) Open the file.", "Check it.", "b) Save it.")]
    [InlineData("  3.2. Configure the server.\nIV. Results", "3.2. Configure the server.", "IV. Results")]
    [InlineData("A. Scope of the review", "A. Scope of the review")]
    public void Split_EnglishListItems_KeepTheMarkerWithItsItem(string text, params string[] expected) =>
        Assert.Equal(expected, SrxSegmenter.Default.Split(text, "en"));
}
