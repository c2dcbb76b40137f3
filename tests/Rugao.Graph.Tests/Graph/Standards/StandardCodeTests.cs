using Rugao.Graph.Standards;

namespace Rugao.Graph.Tests.Graph.Standards;

public sealed class StandardCodeTests
{
    [Theory]
    [InlineData("GB 50099-2011", "GB", "50099", 2011)]
    [InlineData("GB/T 28220-2023", "GB/T", "28220", 2023)]
    [InlineData("GB/Z 41472-2022", "GB/Z", "41472", 2022)]
    [InlineData("GB/T 24421.2-2023", "GB/T", "24421.2", 2023)]
    [InlineData("GB/T 1.1-2020", "GB/T", "1.1", 2020)]
    [InlineData("GB/T 28220", "GB/T", "28220", null)]
    [InlineData("GBJ 99-1986", "GBJ", "99", 1986)]
    [InlineData("JGJ 39-2016", "JGJ", "39", 2016)]
    [InlineData("JGJ/T 48-2014", "JGJ/T", "48", 2014)]
    [InlineData("CJJ 37-2012", "CJJ", "37", 2012)]
    [InlineData("JY/T 0001-2003", "JY/T", "0001", 2003)]
    [InlineData("LD/T 1-2011", "LD/T", "1", 2011)]
    [InlineData("WH/T 89-2020", "WH/T", "89", 2020)]
    [InlineData("GY/T 316-2018", "GY/T", "316", 2018)]
    [InlineData("TY/T 1001.1-2020", "TY/T", "1001.1", 2020)]
    [InlineData("MZ/T 064-2016", "MZ/T", "064", 2016)]
    [InlineData("MZ/Z 12-2021", "MZ/Z", "12", 2021)]
    [InlineData("WS 308-2019", "WS", "308", 2019)]
    [InlineData("DB/T 12-1998", "DB/T", "12", 1998)]
    [InlineData("DB32/T 4013-2021", "DB32/T", "4013", 2021)]
    [InlineData("DB3206/T 1091-2024", "DB3206/T", "1091", 2024)]
    [InlineData("DB3301/T 0151-2018", "DB3301/T", "0151", 2018)]
    [InlineData("DB33 2054-2017", "DB33", "2054", 2017)]
    [InlineData("T/CQTSHRA 006-2024", "T/CQTSHRA", "006", 2024)]
    [InlineData("T/RGWT 001-2023", "T/RGWT", "001", 2023)]
    [InlineData("T/C3E 12-2021", "T/C3E", "12", 2021)]
    [InlineData("Q/GDW 1168-2013", "Q/GDW", "1168", 2013)]
    [InlineData("Q/320682JHD 001-2019", "Q/320682JHD", "001", 2019)]
    public void Parse_NormalisedShape_KeepsPartsAndRoundTrips(string text, string prefix, string number, int? year)
    {
        var code = StandardCode.Parse(text);

        Assert.Equal(prefix, code.Prefix);
        Assert.Equal(number, code.Number);
        Assert.Equal(year, code.Year);
        Assert.Equal(text, code.ToString());
        Assert.Equal(code, StandardCode.Parse(code.ToString()));
    }

    [Theory]
    [InlineData("gb/t28220-2023", "GB/T 28220-2023")]
    [InlineData("GB/T28220—2023", "GB/T 28220-2023")]
    [InlineData("GB/T 28220–2023", "GB/T 28220-2023")]
    [InlineData("GB/T 1.1——2020", "GB/T 1.1-2020")]
    [InlineData("ＧＢ／Ｔ　２８２２０－２０２３", "GB/T 28220-2023")]
    [InlineData("ＧＢ／Ｔ　２４４２１．２－２０２３", "GB/T 24421.2-2023")]
    [InlineData("  GB / T   28220 - 2023  ", "GB/T 28220-2023")]
    [InlineData("GB/T\t28220\u00A0-2023", "GB/T 28220-2023")]
    [InlineData("gbt 28220", "GB/T 28220")]
    [InlineData("GBT28220", "GB/T 28220")]
    [InlineData("GBZ41472-2022", "GB/Z 41472-2022")]
    [InlineData("GB50099-2011", "GB 50099-2011")]
    [InlineData("GBJ 99-86", "GBJ 99-1986")]
    [InlineData("GB 3100-93", "GB 3100-1993")]
    [InlineData("JGJ39-2016", "JGJ 39-2016")]
    [InlineData("JGJT48-2014", "JGJ/T 48-2014")]
    [InlineData("jyt0001", "JY/T 0001")]
    [InlineData("DZ0001-2020", "DZ 0001-2020")]
    [InlineData("DB3206T1001", "DB3206/T 1001")]
    [InlineData("db32t4013-2021", "DB32/T 4013-2021")]
    [InlineData("DB 32/T 4013-2021", "DB32/T 4013-2021")]
    [InlineData("DB11/ 1234—2020", "DB11 1234-2020")]
    [InlineData("t/cqtshra006-2024", "T/CQTSHRA 006-2024")]
    [InlineData("Ｔ／ＣＱＴＳＨＲＡ　００６－２０２４", "T/CQTSHRA 006-2024")]
    public void Parse_TolerantInput_Normalises(string text, string expected)
    {
        Assert.Equal(expected, StandardCode.Parse(text).ToString());
    }

    [Theory]
    [InlineData(null, "empty")]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("GB/T", "no number")]
    [InlineData("XYZ", "no number")]
    [InlineData("GB/T 28220-", "year after '-' is missing")]
    [InlineData("GB/T 28220-20X3", "four digits")]
    [InlineData("28220", "no prefix")]
    [InlineData("28220-2023", "no prefix")]
    [InlineData("GB/T 28220-20231", "four digits")]
    [InlineData("GB/T 28220-202", "four digits")]
    [InlineData("GB/T 28220-23", "two-digit year")]
    [InlineData("GB/T 28220-1850", "outside")]
    [InlineData("GB/T 28220-2023-1", "more than one dash")]
    [InlineData("GB/T 24421.2.1-2023", "more than one level")]
    [InlineData("GB/T 24421.-2023", "malformed")]
    [InlineData("GB/T 0-2020", "zero")]
    [InlineData("GB/T 24421.0-2020", "zero")]
    [InlineData("DB3/T 1-2020", "region code")]
    [InlineData("DB320682/T 1-2020", "region code")]
    [InlineData("DB324013-2021", "runs into the number")]
    [InlineData("T/123 1-2020", "no letters")]
    [InlineData("GB/X 1-2020", "not a known prefix")]
    [InlineData("GBJT 1-2020", "not a known prefix")]
    [InlineData("ABCD 1-2020", "not a known prefix")]
    [InlineData("T 1-2020", "not a known prefix")]
    [InlineData("GB/T 28220《公共图书馆服务规范》", "unexpected character")]
    public void TryParse_Invalid_ReturnsFalseWithReason(string? text, string reason)
    {
        var parsed = StandardCode.TryParse(text, out var code, out var error);

        Assert.False(parsed);
        Assert.Null(code);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatExceptionNamingInput()
    {
        var exception = Assert.Throws<FormatException>(() => StandardCode.Parse("DB3/T 1-2020"));

        Assert.Contains("'DB3/T 1-2020'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("“DB3/T 1-2020”", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_Valid_ReturnsNoError()
    {
        Assert.True(StandardCode.TryParse("GB/T 28220-2023", out var code, out var error));
        Assert.NotNull(code);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("GB 50099-2011", StandardLevel.National, StandardNature.Mandatory)]
    [InlineData("GB/T 28220-2023", StandardLevel.National, StandardNature.Recommended)]
    [InlineData("GB/Z 41472-2022", StandardLevel.National, StandardNature.Guidance)]
    [InlineData("GBJ 99-86", StandardLevel.National, StandardNature.Mandatory)]
    [InlineData("JGJ 39-2016", StandardLevel.Industry, StandardNature.Mandatory)]
    [InlineData("JGJ/T 48-2014", StandardLevel.Industry, StandardNature.Recommended)]
    [InlineData("MZ/Z 12-2021", StandardLevel.Industry, StandardNature.Guidance)]
    [InlineData("DB/T 12-1998", StandardLevel.Industry, StandardNature.Recommended)]
    [InlineData("DB 12-1998", StandardLevel.Industry, StandardNature.Mandatory)]
    [InlineData("DB32/T 4013-2021", StandardLevel.Local, StandardNature.Recommended)]
    [InlineData("DB3206/T 1091-2024", StandardLevel.Local, StandardNature.Recommended)]
    [InlineData("DB33 2054-2017", StandardLevel.Local, StandardNature.Mandatory)]
    [InlineData("T/CQTSHRA 006-2024", StandardLevel.Group, StandardNature.Recommended)]
    [InlineData("Q/GDW 1168-2013", StandardLevel.Enterprise, StandardNature.Recommended)]
    public void Parse_Prefix_InfersLevelAndNature(string text, StandardLevel level, StandardNature nature)
    {
        var code = StandardCode.Parse(text);

        Assert.Equal(level, code.Level);
        Assert.Equal(nature, code.Nature);
    }

    [Theory]
    [InlineData("GB/T 28220-2023", "GB/T 28220", "GBT28220")]
    [InlineData("GB/T 24421.2-2023", "GB/T 24421.2", "GBT24421.2")]
    [InlineData("DB3206/T 1091-2024", "DB3206/T 1091", "DB3206T1091")]
    [InlineData("JGJ 39-2016", "JGJ 39", "JGJ39")]
    [InlineData("T/CQTSHRA 006-2024", "T/CQTSHRA 006", "TCQTSHRA006")]
    public void Identity_AndCompactKey_LeaveOutYear(string text, string identity, string compactKey)
    {
        var code = StandardCode.Parse(text);

        Assert.Equal(identity, code.Identity);
        Assert.Equal(compactKey, code.CompactKey);
    }

    [Theory]
    [InlineData("GB/T 28220-2023")]
    [InlineData("DB3206/T 1091-2024")]
    [InlineData("JGJ/T 48-2014")]
    [InlineData("GB 50099-2011")]
    public void CompactKey_ParsedBack_GivesCodeWithoutYear(string text)
    {
        var code = StandardCode.Parse(text);

        Assert.Equal(code.WithoutYear(), StandardCode.Parse(code.CompactKey));
    }

    [Fact]
    public void WithYear_OtherEdition_ChangesOnlyYear()
    {
        var edition = StandardCode.Parse("GB/T 28220-2023").WithYear(2011);

        Assert.Equal("GB/T 28220-2011", edition.ToString());
        Assert.Equal(StandardLevel.National, edition.Level);
        Assert.Equal(StandardNature.Recommended, edition.Nature);
    }

    [Theory]
    [InlineData(1949)]
    [InlineData(2100)]
    [InlineData(23)]
    public void WithYear_OutOfRange_Throws(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StandardCode.Parse("GB/T 28220").WithYear(year));
    }

    [Fact]
    public void WithoutYear_Edition_ReturnsIdentity()
    {
        var code = StandardCode.Parse("GB/T 28220-2023").WithoutYear();

        Assert.Null(code.Year);
        Assert.Equal("GB/T 28220", code.ToString());
    }

    [Theory]
    [InlineData("gbt28220-2023", "GB/T 28220—2023")]
    [InlineData("GBJ 99-86", "GBJ 99-1986")]
    [InlineData("DB3206T1091", "DB3206/T 1091")]
    [InlineData("DB11/ 1234-2020", "DB11 1234-2020")]
    public void Equality_SameNormalisedForm_IsEqual(string left, string right)
    {
        var a = StandardCode.Parse(left);
        var b = StandardCode.Parse(right);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Theory]
    [InlineData("GB/T 28220-2023", "GB/T 28220-2011")]
    [InlineData("GB/T 28220-2023", "GB/T 28220")]
    [InlineData("GB/T 28220", "GB 28220")]
    [InlineData("DB32/T 4013", "DB32 4013")]
    [InlineData("JY/T 0001", "JY/T 1")]
    public void Equality_DifferentCodeOrEdition_IsNotEqual(string left, string right)
    {
        Assert.NotEqual(StandardCode.Parse(left), StandardCode.Parse(right));
    }
}
