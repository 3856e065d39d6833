using TranslationReview.Core.Segmentation;

namespace TranslationReview.Core.Tests.Segmentation;

public partial class SrxSegmenterTests
{
    [Theory]
    [InlineData("Le fichier est prêt. Veuillez le relire.", "Le fichier est prêt.", "Veuillez le relire.")]
    [InlineData("Vraiment ? Oui ! Envoyez-le.", "Vraiment ?", "Oui !", "Envoyez-le.")]
    [InlineData("Vraiment ?! Oui.", "Vraiment ?!", "Oui.")]
    [InlineData("M. Dupont et Mme Martin sont arrivés. Ils sont à l'heure.", "M. Dupont et Mme Martin sont arrivés.", "Ils sont à l'heure.")]
    [InlineData("Mme. Leroy a signé. Le contrat est valide.", "Mme. Leroy a signé.", "Le contrat est valide.")]
    [InlineData("Des fruits, p. ex. Pommes et poires. Rien d'autre.", "Des fruits, p. ex. Pommes et poires.", "Rien d'autre.")]
    [InlineData("Voir p. 12 et chap. 3. Merci.", "Voir p. 12 et chap. 3.", "Merci.")]
    [InlineData("César est mort en 44 av. J.-C. à Rome. Brutus a fui.", "César est mort en 44 av. J.-C. à Rome.", "Brutus a fui.")]
    [InlineData("Il a dit : « Rentre à la maison. » Puis il est parti.", "Il a dit : « Rentre à la maison. »", "Puis il est parti.")]
    [InlineData("Il a dit : «Rentre.» Puis il est parti.", "Il a dit : «Rentre.»", "Puis il est parti.")]
    [InlineData("« Tu viens ? » demanda-t-elle. Il vint.", "« Tu viens ? » demanda-t-elle.", "Il vint.")]
    [InlineData("Il attendait… Personne ne vint.", "Il attendait…", "Personne ne vint.")]
    [InlineData("Il attendait… et attendait.", "Il attendait… et attendait.")]
    [InlineData("Le taux est de 3,5 % depuis le 30.09.2022. Rien ne change.", "Le taux est de 3,5 % depuis le 30.09.2022.", "Rien ne change.")]
    [InlineData("Écrivez à contact@exemple.fr. Nous répondrons.", "Écrivez à contact@exemple.fr.", "Nous répondrons.")]
    [InlineData("Voir « La Montagne », oct. 1956, p. 261. Merci.", "Voir « La Montagne », oct. 1956, p. 261.", "Merci.")]
    public void Split_French_BreaksLikeACatTool(string text, params string[] expected) =>
        Assert.Equal(expected, SrxSegmenter.Default.Split(text, "fr-FR"));
}
