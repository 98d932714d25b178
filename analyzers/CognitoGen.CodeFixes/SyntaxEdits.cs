using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CognitoGen.CodeFixes
{
    /// <summary>Small syntax edits shared by the fixes; each keeps the user's trivia and naming style.</summary>
    internal static class SyntaxEdits
    {
        /// <summary>The attribute a diagnostic sits on (or in).</summary>
        public static AttributeSyntax? Attribute(SyntaxNode node) => node.FirstAncestorOrSelf<AttributeSyntax>();

        /// <summary>A new attribute named like <paramref name="sibling"/> (same qualification) with <paramref name="simpleName"/> and the given arguments.</summary>
        public static AttributeSyntax Like(AttributeSyntax sibling, string simpleName, params ExpressionSyntax[] arguments)
        {
            NameSyntax name = sibling.Name is QualifiedNameSyntax qualified
                ? SyntaxFactory.QualifiedName(qualified.Left.WithoutTrivia(), SyntaxFactory.IdentifierName(simpleName))
                : sibling.Name is AliasQualifiedNameSyntax alias
                    ? SyntaxFactory.AliasQualifiedName(alias.Alias, SyntaxFactory.IdentifierName(simpleName))
                    : SyntaxFactory.IdentifierName(simpleName);
            var attribute = SyntaxFactory.Attribute(name);
            return arguments.Length == 0
                ? attribute
                : attribute.WithArgumentList(SyntaxFactory.AttributeArgumentList(SyntaxFactory.SeparatedList(arguments.Select(SyntaxFactory.AttributeArgument))));
        }

        /// <summary>Adds <paramref name="attribute"/> as its own list right after the list holding <paramref name="anchor"/>.</summary>
        public static SyntaxNode AddListAfter(SyntaxNode root, AttributeSyntax anchor, AttributeSyntax attribute)
        {
            var list = (AttributeListSyntax)anchor.Parent!;
            var newList = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute))
                .WithLeadingTrivia(list.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)))
                .WithTrailingTrivia(EndOfLine(root));
            return root.InsertNodesAfter(list, new[] { newList });
        }

        /// <summary>
        /// Removes one value: the element of a params list (or explicit array), or, for a one-value attribute, the attribute
        /// itself (and its list when that empties it).
        /// </summary>
        public static SyntaxNode? RemoveValue(SyntaxNode root, ExpressionSyntax value)
        {
            if (value.Parent is InitializerExpressionSyntax or CollectionElementSyntax)
            {
                var element = value.Parent is CollectionElementSyntax c ? (SyntaxNode)c : value;
                return root.RemoveNode(element, SyntaxRemoveOptions.KeepNoTrivia);
            }

            if (value.Parent is not AttributeArgumentSyntax argument || argument.Parent is not AttributeArgumentListSyntax arguments) return null;
            if (arguments.Arguments.Count(a => a.NameEquals is null) > 1) return root.RemoveNode(argument, SyntaxRemoveOptions.KeepNoTrivia);

            var attribute = (AttributeSyntax)arguments.Parent!;
            var list = (AttributeListSyntax)attribute.Parent!;
            return list.Attributes.Count > 1
                ? root.RemoveNode(attribute, SyntaxRemoveOptions.KeepNoTrivia)
                : root.RemoveNode(list, SyntaxRemoveOptions.KeepLeadingTrivia);
        }

        /// <summary>The line ending the document already uses.</summary>
        private static SyntaxTrivia EndOfLine(SyntaxNode root) =>
            root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) is { RawKind: not 0 } eol ? eol : SyntaxFactory.LineFeed;

        /// <summary>
        /// A standard scope written the way the file already writes them: <c>StandardScope.OpenId</c> (with the same
        /// qualification) when the file uses a <c>StandardScope</c> constant anywhere, else the string literal.
        /// </summary>
        public static ExpressionSyntax StandardScope(SyntaxNode root, string constantName, string value) => Constant(root, "StandardScope", constantName, value);

        /// <summary>
        /// A constant of the CognitoGen class <paramref name="className"/> (<c>StandardScope</c>, <c>StandardAttribute</c>)
        /// written the way the file already writes that class's constants (same qualification), else the string literal.
        /// </summary>
        public static ExpressionSyntax Constant(SyntaxNode root, string className, string constantName, string value)
        {
            var sample = root.DescendantNodes().OfType<MemberAccessExpressionSyntax>().FirstOrDefault(m => m.Expression switch
            {
                IdentifierNameSyntax id => id.Identifier.ValueText == className,
                MemberAccessExpressionSyntax inner => inner.Name.Identifier.ValueText == className,
                AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText == className,
                _ => false,
            });
            return sample is null ? String(value) : sample.WithName(SyntaxFactory.IdentifierName(constantName)).WithoutTrivia();
        }

        public static LiteralExpressionSyntax String(string value) =>
            SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));
    }
}
