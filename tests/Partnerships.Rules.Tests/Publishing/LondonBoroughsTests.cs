using Partnerships.Rules.Publishing;

namespace Partnerships.Rules.Tests.Publishing;

public sealed class LondonBoroughsTests
{
    [Theory]
    [InlineData("Barnet and Camden BCU", "E09000003")]
    [InlineData("BCU-CAMDEN-BARNET", "E09000003")]
    [InlineData("Sutton with Merton", "E09000024")]
    public void Find_TwoNamesOfTheSameLength_TheFirstInGssCodeOrder(string text, string gssCode)
    {
        // Barnet and Camden both have six letters, Merton and Sutton six too: a later name must be longer to win,
        // so the answer does not depend on where in the text a name stands (Barnet E09000003 before Camden E09000007;
        // Merton E09000024 before Sutton E09000029).
        Assert.Equal(gssCode, LondonBoroughs.Find(text)?.GssCode);
    }
}
