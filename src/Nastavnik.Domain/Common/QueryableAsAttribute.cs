namespace Nastavnik.Domain.Common;

/// <summary>
/// Marks a property or method whose body is a static expression of the same type (named here), so that one
/// definition serves both code and database queries: the member compiles that expression for in-memory use, and
/// the data layer inlines the expression wherever the member appears in a query (it is then translated to SQL).
/// The expression's parameters are the instance, then the method's arguments.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method)]
public sealed class QueryableAsAttribute(string expression) : Attribute
{
    /// <summary>The name of a public static field or property of the declaring type holding a LambdaExpression.</summary>
    public string Expression { get; } = expression;
}
