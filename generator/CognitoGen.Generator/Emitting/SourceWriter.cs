using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace CognitoGen.Generator.Emitting
{
    /// <summary>A minimal indented text writer; literals go only through <see cref="Literal(string)"/>.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _sb = new(4096);
        private int _indent;

        public SourceWriter Line(string text = "")
        {
            if (text.Length > 0) _sb.Append(' ', _indent * 4).Append(text);
            _sb.Append('\n');
            return this;
        }

        public SourceWriter Open(string header)
        {
            Line(header);
            Line("{");
            _indent++;
            return this;
        }

        public SourceWriter Close(string suffix = "")
        {
            _indent--;
            return Line("}" + suffix);
        }

        public override string ToString() => _sb.ToString();

        /// <summary>A C# string literal for any user string; escaping is the compiler's own, so no value can break out of the literal.</summary>
        public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

        public static string Literal(int value) => value.ToString(CultureInfo.InvariantCulture);

        public static string Literal(bool value) => value ? "true" : "false";

        public static string Literal(IEnumerable<string> values)
        {
            var sb = new StringBuilder("new string[] { ");
            var first = true;
            foreach (var value in values)
            {
                if (!first) sb.Append(", ");
                sb.Append(Literal(value));
                first = false;
            }

            return sb.Append(first ? "}" : " }").ToString();
        }
    }
}
