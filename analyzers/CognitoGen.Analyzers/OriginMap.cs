using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CognitoGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CognitoGen.Analyzers
{
    /// <summary>Records where the parser found each value, and turns a finding's member path into the exact argument's location.</summary>
    internal sealed class OriginMap : IParseObserver
    {
        private readonly Dictionary<(string Member, int? Index), (AttributeData Attribute, ArgumentRef Argument)> _declared = new();
        private readonly CancellationToken _ct;

        public OriginMap(CancellationToken ct) => _ct = ct;

        /// <summary>Null or non-constant values: reported as CGEN1007 and left out of the definition.</summary>
        public List<(string Member, AttributeData Attribute, ArgumentRef Argument)> Invalid { get; } = new();

        void IParseObserver.Declared(string member, int? index, AttributeData attribute, ArgumentRef argument)
        {
            if (!_declared.ContainsKey((member, index))) _declared[(member, index)] = (attribute, argument);
        }

        void IParseObserver.Invalid(string member, AttributeData attribute, ArgumentRef argument) => Invalid.Add((member, attribute, argument));

        /// <summary>The attribute that declared <paramref name="member"/>, if any.</summary>
        public AttributeData? AttributeOf(string member) =>
            _declared.TryGetValue((member, null), out var origin) ? origin.Attribute : _declared.FirstOrDefault(p => p.Key.Member == member).Value.Attribute;

        /// <summary>The exact argument, else its attribute, else that of the enclosing member; null when nothing declared it.</summary>
        public Location? Locate(string member, int? index)
        {
            if (index is not null && _declared.TryGetValue((member, index), out var element)) return Location(element.Attribute, element.Argument, _ct);
            for (var path = member; path.Length > 0; path = path.LastIndexOf('.') is var dot and > 0 ? path.Substring(0, dot) : string.Empty)
            {
                if (_declared.TryGetValue((path, null), out var whole)) return Location(whole.Attribute, path == member ? whole.Argument : ArgumentRef.Whole, _ct);
                if (AttributeOf(path) is { } attribute) return Location(attribute, ArgumentRef.Whole, _ct);
            }

            return null;
        }

        /// <summary>Named arguments match by name; positional ones by position; params elements inside an explicit array too.</summary>
        public static Location? Location(AttributeData attribute, ArgumentRef argument, CancellationToken ct)
        {
            if (attribute.ApplicationSyntaxReference?.GetSyntax(ct) is not AttributeSyntax syntax) return null;
            var arguments = syntax.ArgumentList?.Arguments ?? default;
            if (argument.Name is { } name)
            {
                foreach (var a in arguments)
                {
                    if (a.NameEquals?.Name.Identifier.ValueText == name) return a.Expression.GetLocation();
                }

                return syntax.GetLocation();
            }

            if (argument.ConstructorIndex < 0) return syntax.GetLocation();
            var positional = arguments.Where(a => a.NameEquals is null).ToList();
            if (argument.Element is int element)
            {
                if (positional.Count == 1 && ArrayElements(positional[0].Expression) is { } elements)
                {
                    return element < elements.Count ? elements[element].GetLocation() : positional[0].GetLocation();
                }

                return element < positional.Count ? positional[element].Expression.GetLocation() : syntax.GetLocation();
            }

            return argument.ConstructorIndex < positional.Count ? positional[argument.ConstructorIndex].Expression.GetLocation() : syntax.GetLocation();
        }

        private static IReadOnlyList<SyntaxNode>? ArrayElements(ExpressionSyntax expression) => expression switch
        {
            ArrayCreationExpressionSyntax { Initializer: { } init } => init.Expressions,
            ImplicitArrayCreationExpressionSyntax { Initializer: var init } => init.Expressions,
            CollectionExpressionSyntax collection => collection.Elements,
            _ => null,
        };
    }
}
