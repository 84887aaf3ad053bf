using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Nastavnik.Domain.Common;

namespace Nastavnik.Web.Data.Querying;

/// <summary>
/// Before EF compiles a query, replaces every use of a member marked <see cref="QueryableAsAttribute"/> (a person's
/// full name, "has a valid consent on a date", …) by that member's expression, so the domain's one definition is
/// what the database runs.
/// </summary>
public sealed class InlineQueryableMembers : IQueryExpressionInterceptor
{
    public static InlineQueryableMembers Instance { get; } = new();

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData) =>
        new Inliner().Visit(queryExpression);

    private sealed class Inliner : ExpressionVisitor
    {
        private static readonly ConcurrentDictionary<MemberInfo, LambdaExpression?> Bodies = new();

        protected override Expression VisitMember(MemberExpression node) =>
            node.Expression is not null && BodyOf(node.Member) is { } body
                ? Visit(Substitute(body, [node.Expression]))
                : base.VisitMember(node);

        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Object is not null && BodyOf(node.Method) is { } body
                ? Visit(Substitute(body, [node.Object, .. node.Arguments]))
                : base.VisitMethodCall(node);

        private static LambdaExpression? BodyOf(MemberInfo member) => Bodies.GetOrAdd(member, static m =>
        {
            if (m.GetCustomAttribute<QueryableAsAttribute>() is not { } marked) return null;
            const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
            var holder = (MemberInfo?)m.DeclaringType!.GetField(marked.Expression, flags) ?? m.DeclaringType.GetProperty(marked.Expression, flags);
            var value = holder switch { FieldInfo f => f.GetValue(null), PropertyInfo p => p.GetValue(null), _ => null };
            return value as LambdaExpression
                ?? throw new InvalidOperationException($"{m.DeclaringType.Name}.{marked.Expression} is not a static expression.");
        });

        private static Expression Substitute(LambdaExpression lambda, IReadOnlyList<Expression> arguments)
        {
            if (lambda.Parameters.Count != arguments.Count)
                throw new InvalidOperationException($"The expression for {lambda} takes {lambda.Parameters.Count} arguments, not {arguments.Count}.");
            var map = lambda.Parameters.Zip(arguments).ToDictionary(x => x.First, x => x.Second);
            return new ParameterReplacer(map).Visit(lambda.Body);
        }
    }

    private sealed class ParameterReplacer(Dictionary<ParameterExpression, Expression> map) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => map.GetValueOrDefault(node, node);
    }
}
