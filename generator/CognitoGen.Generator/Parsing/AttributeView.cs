using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CognitoGen.Generator.Parsing
{
    /// <summary>What an argument holds, as <see cref="TypedConstant"/> says it: a primitive (string, bool, int, null), an enum value, an array, or an error.</summary>
    internal enum ArgumentKind
    {
        Primitive,
        Enum,
        Array,
        Error,
    }

    /// <summary>
    /// One argument value, the part of <see cref="TypedConstant"/> the parser reads. The compiler's bound attribute and the
    /// generator's syntax reading (<see cref="FileReader"/>) both become these, so one parser turns both into the model.
    /// </summary>
    internal sealed class ArgumentValue
    {
        public ArgumentValue(ArgumentKind kind, bool isNull, object? value, ImmutableArray<ArgumentValue> values)
        {
            Kind = kind;
            IsNull = isNull;
            Value = value;
            Values = values;
        }

        public ArgumentKind Kind { get; }

        public bool IsNull { get; }

        /// <summary>The value of a primitive or enum (an enum as its underlying number, boxed); null for an array.</summary>
        public object? Value { get; }

        /// <summary>The elements of a non-null array.</summary>
        public ImmutableArray<ArgumentValue> Values { get; }

        public static ArgumentValue From(TypedConstant c)
        {
            var kind = c.Kind switch
            {
                TypedConstantKind.Array => ArgumentKind.Array,
                TypedConstantKind.Enum => ArgumentKind.Enum,
                TypedConstantKind.Error => ArgumentKind.Error,
                _ => ArgumentKind.Primitive,
            };
            if (kind != ArgumentKind.Array) return new ArgumentValue(kind, c.IsNull, c.Value, default);
            if (c.IsNull) return new ArgumentValue(kind, true, null, default);
            var values = ImmutableArray.CreateBuilder<ArgumentValue>(c.Values.Length);
            foreach (var v in c.Values) values.Add(From(v));
            return new ArgumentValue(kind, false, null, values.MoveToImmutable());
        }
    }

    /// <summary>One of our attributes as the parser reads it: its constructor arguments (defaults filled in) and named arguments.</summary>
    internal sealed class AttributeView
    {
        public AttributeView(string metadataName, bool bound, ImmutableArray<ArgumentValue> constructor, ImmutableArray<KeyValuePair<string, ArgumentValue>> named, AttributeData? data)
        {
            MetadataName = metadataName;
            Bound = bound;
            Constructor = constructor;
            Named = named;
            Data = data;
        }

        /// <summary>e.g. <c>CognitoGen.CallbackUrlAttribute</c>.</summary>
        public string MetadataName { get; }

        /// <summary>The constructor was resolved (false: the compiler reports why, and the arguments may be read from syntax).</summary>
        public bool Bound { get; }

        public ImmutableArray<ArgumentValue> Constructor { get; }

        public ImmutableArray<KeyValuePair<string, ArgumentValue>> Named { get; }

        /// <summary>The compiler's attribute, when it came from one: for the observer's locations and the unbound-syntax reading.</summary>
        public AttributeData? Data { get; }

        /// <summary>The view of a bound attribute, or null when it is not one of ours.</summary>
        public static AttributeView? From(AttributeData a)
        {
            var name = ClientParser.MetadataName(a);
            if (name is null) return null;
            var constructor = ImmutableArray.CreateBuilder<ArgumentValue>(a.ConstructorArguments.Length);
            foreach (var c in a.ConstructorArguments) constructor.Add(ArgumentValue.From(c));
            var named = ImmutableArray.CreateBuilder<KeyValuePair<string, ArgumentValue>>(a.NamedArguments.Length);
            foreach (var pair in a.NamedArguments) named.Add(new KeyValuePair<string, ArgumentValue>(pair.Key, ArgumentValue.From(pair.Value)));
            return new AttributeView(name, a.AttributeConstructor is not null, constructor.MoveToImmutable(), named.MoveToImmutable(), a);
        }
    }
}
