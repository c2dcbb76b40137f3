using GraphQL;

namespace Rugao.Graph.Server.Schema.Standards;

/// <summary>Stable error codes of the standards queries.</summary>
public static class StandardErrors
{
    public const string InvalidCodeCode = "INVALID_STANDARD_CODE";
    public const string NotFoundCode = "STANDARD_NOT_FOUND";
    public const string InvalidArgumentsCode = "INVALID_ARGUMENTS";
    public const string InvalidClauseNumberCode = "INVALID_CLAUSE_NUMBER";
    public const string VersionNotFoundCode = "VERSION_NOT_FOUND";
    public const string DiffAcrossStandardsCode = "DIFF_ACROSS_STANDARDS";

    public static ExecutionError InvalidCode(string? reason) => new(reason ?? "Invalid standard code.") { Code = InvalidCodeCode };

    public static ExecutionError NotFound(string what) =>
        new($"No standard {what}. 未找到该标准。") { Code = NotFoundCode };

    public static ExecutionError IdOrCode() =>
        new("Give exactly one of 'id' and 'code'. id 与 code 须且只须提供一个。") { Code = InvalidArgumentsCode };

    public static ExecutionError VersionNotFound(string argument) =>
        new($"'{argument}' names no published version. 未找到该版本。") { Code = VersionNotFoundCode };

    public static ExecutionError DiffAcrossStandards(string code, string otherCode) =>
        new($"{code} and {otherCode} are versions of different standards; only versions of one standard can be compared. "
            + "只能比较同一标准的不同版本。") { Code = DiffAcrossStandardsCode };
}
