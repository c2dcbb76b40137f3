using GraphQL.Validation;
using GraphQLParser.AST;
using GraphQLParser;
using Rugao.Graph.Errors;

namespace Rugao.Graph.Server.Transports;

/// <summary>A validation error raised by one of our own rules, carrying its stable code from the start.</summary>
public sealed class CodedValidationError : ValidationError
{
    public CodedValidationError(ErrorText error, ROM source, ASTNode node)
        : base(source, number: null, error?.Message ?? throw new ArgumentNullException(nameof(error)), node)
    {
        Code = error.Code;
    }
}
