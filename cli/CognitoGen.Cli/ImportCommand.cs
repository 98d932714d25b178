using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace CognitoGen.Cli
{
    /// <summary>
    /// <c>cognitogen import FILE [--namespace N] [--class C]</c>: turns CLI input JSON or describe output into the
    /// attribute-decorated partial class a user would write. Secrets are never imported.
    /// </summary>
    public static class ImportCommand
    {
        private const string ServiceLinkedRole = ":role/aws-service-role/cognito-idp.amazonaws.com/";

        /// <summary>Writes the class to <paramref name="stdout"/>; exit 2 when the file cannot be loaded or attributes cannot express it.</summary>
        public static int Run(string file, string? ns, string? className, TextWriter stdout, TextWriter stderr)
        {
            UserPoolClientDocument document;
            try
            {
                document = UserPoolClientDefinition.FromJson(ValidateCommand.ReadText(file));
            }
            catch (Exception e) when (e is UserPoolClientJsonException or ValidateCommand.FileProblem)
            {
                stderr.WriteLine($"{file}: error: {ValidateCommand.OneLine(e.Message)}");
                return ExitCodes.Failure;
            }

            try
            {
                stdout.Write(ToCSharp(document, ns, className, Path.GetFileName(file)));
                if (DescribedSecret(document)) stderr.WriteLine($"{file}: note: {DescribedSecretNote}");
                return ExitCodes.Ok;
            }
            catch (NotExpressibleException e)
            {
                stderr.WriteLine($"{file}: error: {ValidateCommand.OneLine(e.Message)}");
                return ExitCodes.Failure;
            }
        }

        /// <summary>The C# declaration of <paramref name="document"/>'s client.</summary>
        /// <exception cref="NotExpressibleException">A value attributes cannot declare (an unknown enum value, an empty one-per-attribute list).</exception>
        public static string ToCSharp(UserPoolClientDocument document, string? ns, string? className, string source)
        {
            var d = document.Definition;
            var name = className ?? ClassName(d.ClientName);
            if (!IsIdentifier(name)) throw new NotExpressibleException($"'{name}' is not a C# class name; pass --class");
            if (ns is not null && !ns.Split('.').All(IsIdentifier)) throw new NotExpressibleException($"'{ns}' is not a C# namespace; pass --namespace");

            var lines = new List<string>();
            var describedSecret = DescribedSecret(document);
            var generateSecret = describedSecret ? true : d.GenerateSecret;
            var marker = "UserPoolClient(" + Literal(d.ClientName) + (generateSecret is bool generate ? ", GenerateSecret = " + Bool(generate) : string.Empty) + ")";
            if (describedSecret) lines.Add("// " + DescribedSecretNote);
            lines.Add(marker);
            if (d.ClientSecret is not null && !describedSecret)
            {
                lines.Add("// The client has a secret, which is never imported: supply it at run time, e.g. Definition with { ClientSecret = fromSecretStore }.");
                lines.Add("CustomClientSecret");
            }

            var tokens = new List<string>();
            if (d.AccessTokenValidity is int access) tokens.Add("Access = " + Int(access));
            if (d.IdTokenValidity is int id) tokens.Add("Id = " + Int(id));
            if (d.RefreshTokenValidity is int refresh) tokens.Add("Refresh = " + Int(refresh));
            if (d.TokenValidityUnits?.AccessToken is { } accessUnit) tokens.Add("AccessUnit = " + Enum<TimeUnit>(accessUnit, "TokenValidityUnits.AccessToken", u => u.ToWireValue()));
            if (d.TokenValidityUnits?.IdToken is { } idUnit) tokens.Add("IdUnit = " + Enum<TimeUnit>(idUnit, "TokenValidityUnits.IdToken", u => u.ToWireValue()));
            if (d.TokenValidityUnits?.RefreshToken is { } refreshUnit) tokens.Add("RefreshUnit = " + Enum<TimeUnit>(refreshUnit, "TokenValidityUnits.RefreshToken", u => u.ToWireValue()));
            if (d.TokenValidityUnits is not null && d.TokenValidityUnits.AccessToken is null && d.TokenValidityUnits.IdToken is null && d.TokenValidityUnits.RefreshToken is null)
            {
                // All three units at their defaults (docs/cognito-rules.md: TokenValidityUnits omitted = all units at defaults).
                lines.Add("// TokenValidityUnits was an empty object in the input, which leaves every unit at its default; no unit is declared.");
            }

            if (tokens.Count > 0)
            {
                // A unit without its lifetime is what Cognito holds (cognito-local describes clients this way); keep it
                // exactly, and suppress CGEN1005 with the reason so the imported code builds under -warnaserror.
                var halves = new[] { ("AccessUnit", d.TokenValidityUnits?.AccessToken, d.AccessTokenValidity), ("IdUnit", d.TokenValidityUnits?.IdToken, d.IdTokenValidity), ("RefreshUnit", d.TokenValidityUnits?.RefreshToken, d.RefreshTokenValidity) }
                    .Where(h => h.Item2 is not null && h.Item3 is null).Select(h => h.Item1).ToList();
                if (halves.Count > 0) lines.Add("#pragma warning disable CGEN1005 // imported as described: " + string.Join(", ", halves) + " without a lifetime, which Cognito holds as is");
                lines.Add("TokenValidity(" + string.Join(", ", tokens) + ")");
                if (halves.Count > 0) lines.Add("#pragma warning restore CGEN1005");
            }
            if (d.ReadAttributes is { } read) lines.Add("ReadAttributes(" + string.Join(", ", read.Select(Literal)) + ")");
            if (d.WriteAttributes is { } write) lines.Add("WriteAttributes(" + string.Join(", ", write.Select(Literal)) + ")");
            if (d.ExplicitAuthFlows is { } flows) lines.Add("ExplicitAuthFlows(" + string.Join(", ", flows.Select(f => Enum<AuthFlow>(f, "ExplicitAuthFlows", a => a.ToWireValue()))) + ")");
            Repeated(lines, "IdentityProvider", "SupportedIdentityProviders", d.SupportedIdentityProviders);
            Repeated(lines, "CallbackUrl", "CallbackURLs", d.CallbackURLs);
            Repeated(lines, "LogoutUrl", "LogoutURLs", d.LogoutURLs);
            if (d.DefaultRedirectURI is { } redirect) lines.Add("DefaultRedirectUri(" + Literal(redirect) + ")");
            if (d.AllowedOAuthFlows is { } oauthFlows) lines.Add("AllowedOAuthFlows(" + string.Join(", ", oauthFlows.Select(f => Enum<OAuthFlow>(f, "AllowedOAuthFlows", o => o.ToWireValue()))) + ")");
            Repeated(lines, "OAuthScope", "AllowedOAuthScopes", d.AllowedOAuthScopes);
            if (d.AllowedOAuthFlowsUserPoolClient is bool oauth) lines.Add(oauth ? "EnableOAuth" : "EnableOAuth(false)");
            if (d.AnalyticsConfiguration is { } a)
            {
                var role = a.RoleArn;
                // Cognito adds its service-linked role next to an ApplicationArn; the request a user writes has no role.
                if (document.Operation == Rules.ClientOperation.Create && a.ApplicationArn is not null && a.ApplicationId is null && role?.IndexOf(ServiceLinkedRole, StringComparison.Ordinal) >= 0) role = null;
                var parts = new List<string>();
                if (a.ApplicationId is { } appId) parts.Add("ApplicationId = " + Literal(appId));
                if (a.ApplicationArn is { } arn) parts.Add("ApplicationArn = " + Literal(arn));
                if (role is not null) parts.Add("RoleArn = " + Literal(role));
                if (a.ExternalId is { } external) parts.Add("ExternalId = " + Literal(external));
                if (a.UserDataShared is bool shared) parts.Add("UserDataShared = " + Bool(shared));
                if (parts.Count == 0) throw new NotExpressibleException("AnalyticsConfiguration: an empty object cannot be declared; remove it");
                lines.Add("Analytics(" + string.Join(", ", parts) + ")");
            }

            if (d.PreventUserExistenceErrors is { } prevent)
            {
                lines.Add(prevent switch
                {
                    "ENABLED" => "PreventUserExistenceErrors",
                    "LEGACY" => "PreventUserExistenceErrors(false)",
                    _ => throw new NotExpressibleException($"PreventUserExistenceErrors: '{prevent}' is not ENABLED or LEGACY, so no attribute can declare it"),
                });
            }

            if (d.EnableTokenRevocation is bool revocation) lines.Add(revocation ? "EnableTokenRevocation" : "EnableTokenRevocation(false)");
            if (d.EnablePropagateAdditionalUserContextData is bool propagate) lines.Add(propagate ? "PropagateAdditionalUserContextData" : "PropagateAdditionalUserContextData(false)");
            if (d.AuthSessionValidity is int session) lines.Add("AuthSessionValidity(" + Int(session) + ")");
            if (d.RefreshTokenRotation is { } rotation)
            {
                if (rotation.Feature is null) throw new NotExpressibleException("RefreshTokenRotation: Feature is missing, so no attribute can declare it");
                var feature = Enum<RefreshTokenRotationFeature>(rotation.Feature, "RefreshTokenRotation.Feature", f => f.ToWireValue());
                lines.Add("RefreshTokenRotation(" + feature + (rotation.RetryGracePeriodSeconds is int grace ? ", RetryGracePeriodSeconds = " + Int(grace) : string.Empty) + ")");
            }

            var sb = new StringBuilder();
            sb.Append("// Imported by `cognitogen import` from ").Append(OneLineComment(source)).Append('\n');
            sb.Append("using CognitoGen;\n\n");
            if (ns is not null) sb.Append("namespace ").Append(ns).Append(";\n\n");
            foreach (var line in lines) sb.Append(line.StartsWith("//", StringComparison.Ordinal) || line.StartsWith("#", StringComparison.Ordinal) ? line : "[" + line + "]").Append('\n');
            sb.Append("public partial class ").Append(name).Append("\n{\n}\n");
            return sb.ToString();
        }

        /// <summary>What import says, in the code and on stderr, about a secret in describe output.</summary>
        public const string DescribedSecretNote = "The described client has a secret; describe output cannot tell a secret Cognito generated from one you brought, so this declares GenerateSecret = true (the safe default). The secret itself is never imported; if you brought it, use [CustomClientSecret] and supply it at run time.";

        /// <summary>Describe output holding a secret (generated or custom: it cannot tell).</summary>
        private static bool DescribedSecret(UserPoolClientDocument document) => document.IsDescribeOutput && document.Definition.ClientSecret is not null;

        private static void Repeated(List<string> lines, string attribute, string member, IReadOnlyList<string>? values)
        {
            if (values is null) return;
            if (values.Count == 0)
            {
                // Cognito answers an empty list as an absent one on create and on update (docs/cognito-rules.md:
                // oauth-callback-required, oauth-flows-scopes-required, oauth-without-identity-providers all read
                // "missing or empty" alike), and Terraform writes [] for unset sets; so the client is declared without it.
                lines.Add($"// {member} was an empty list in the input; Cognito treats an empty list as an absent one, so no [{attribute}] is declared.");
                return;
            }

            foreach (var value in values) lines.Add(attribute + "(" + Literal(value) + ")");
        }

        /// <summary>The enum member whose wire value is <paramref name="wire"/>, e.g. <c>OAuthFlow.Code</c>.</summary>
        private static string Enum<T>(string wire, string member, Func<T, string> toWire)
            where T : struct, Enum
        {
            foreach (var value in System.Enum.GetValues(typeof(T)).Cast<T>())
            {
                if (toWire(value) == wire) return typeof(T).Name + "." + value;
            }

            throw new NotExpressibleException($"{member}: '{wire}' is not a value {typeof(T).Name} knows, so no attribute can declare it (Cognito would reject it too)");
        }

        private static string ClassName(string clientName)
        {
            var sb = new StringBuilder();
            var upper = true;
            foreach (var c in clientName)
            {
                if (char.IsLetterOrDigit(c) && c < 128)
                {
                    sb.Append(upper ? char.ToUpperInvariant(c) : c);
                    upper = false;
                }
                else
                {
                    upper = true;
                }
            }

            if (sb.Length == 0 || char.IsDigit(sb[0])) sb.Insert(0, "App");
            var name = sb.ToString();
            return name.EndsWith("Client", StringComparison.Ordinal) ? name : name + "Client";
        }

        private static bool IsIdentifier(string name) =>
            name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_') && !Keywords.Contains(name);

        private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue", "decimal", "default",
            "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally", "fixed", "float", "for", "foreach", "goto",
            "if", "implicit", "in", "int", "interface", "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out",
            "override", "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc",
            "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
            "using", "virtual", "void", "volatile", "while",
        };

        /// <summary>A regular C# string literal; every character that could end it or change a line is escaped.</summary>
        internal static string Literal(string value)
        {
            var sb = new StringBuilder(value.Length + 2).Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    default:
                        if (c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format)
                        {
                            sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            sb.Append(c);
                        }

                        break;
                }
            }

            return sb.Append('"').ToString();
        }

        private static string OneLineComment(string text) => ValidateCommand.OneLine(text);

        private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Bool(bool value) => value ? "true" : "false";
    }

    /// <summary>The JSON holds a value that CognitoGen's attributes cannot declare.</summary>
    public sealed class NotExpressibleException : Exception
    {
        /// <summary>Creates the exception with a one-line reason that names the member.</summary>
        public NotExpressibleException(string message)
            : base(message)
        {
        }
    }
}
