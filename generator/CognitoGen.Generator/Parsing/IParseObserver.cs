using Microsoft.CodeAnalysis;

namespace CognitoGen.Generator.Parsing
{
    /// <summary>Where a value came from: a constructor argument (and, for params arrays, the element) or a named argument.</summary>
    internal readonly struct ArgumentRef
    {
        private ArgumentRef(int constructorIndex, int? element, string? name)
        {
            ConstructorIndex = constructorIndex;
            Element = element;
            Name = name;
        }

        public int ConstructorIndex { get; }

        /// <summary>Element of a params array, or null.</summary>
        public int? Element { get; }

        /// <summary>Named argument, or null for a constructor argument.</summary>
        public string? Name { get; }

        public static ArgumentRef Constructor(int index, int? element = null) => new(index, element, null);

        public static ArgumentRef Named(string name) => new(-1, null, name);

        /// <summary>The attribute as a whole.</summary>
        public static ArgumentRef Whole => new(-1, null, null);
    }

    /// <summary>
    /// Told where each parsed value came from. The analyzers use it to put a diagnostic on the exact argument; the
    /// generator passes none, so its pipeline stays free of symbols and locations.
    /// </summary>
    internal interface IParseObserver
    {
        /// <summary>A member (and list position) was declared by <paramref name="argument"/> of <paramref name="attribute"/>.</summary>
        void Declared(string member, int? index, AttributeData attribute, ArgumentRef argument);

        /// <summary>A value was null (or not a constant of the right type) and was left out.</summary>
        void Invalid(string member, AttributeData attribute, ArgumentRef argument);
    }
}
