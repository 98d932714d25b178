using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CognitoGen.Rules;

namespace CognitoGen
{
    /// <summary>Reads the JSON the AWS CLI takes and prints for app clients back into a definition.</summary>
    public sealed partial record UserPoolClientDefinition
    {
        /// <summary>
        /// Loads an app client from JSON the AWS CLI takes or prints:
        /// <list type="bullet">
        /// <item><description>the input of <c>aws cognito-idp create-user-pool-client --cli-input-json</c> (as written by
        /// <see cref="ToCliInputJson"/>): <see cref="UserPoolClientDocument.Operation"/> is
        /// <see cref="ClientOperation.Create"/>;</description></item>
        /// <item><description>the input of <c>update-user-pool-client --cli-input-json</c>, recognised by its
        /// <c>ClientId</c> member (as written by <see cref="ToUpdateCliInputJson"/>): the operation is
        /// <see cref="ClientOperation.Update"/>, and <c>GenerateSecret</c> or <c>ClientSecret</c> beside <c>ClientId</c> is
        /// an error, because neither CLI command takes both;</description></item>
        /// <item><description>the output of <c>describe-user-pool-client</c>, <c>create-user-pool-client</c> or
        /// <c>update-user-pool-client</c>, <c>{ "UserPoolClient": { … } }</c>: validated as the create request that would
        /// make the same client (<see cref="ClientOperation.Create"/>). Its <c>ClientSecret</c> (the secret Cognito
        /// generated) becomes <see cref="ClientSecret"/>; <c>ClientId</c> goes to <see cref="UserPoolClientDocument.ClientId"/>;
        /// <c>CreationDate</c> and <c>LastModifiedDate</c> (a number or a string) are checked and ignored.</description></item>
        /// </list>
        /// Enum-valued members keep their strings as written, even invalid ones, so <see cref="Validate(string?, Rules.ClientOperation)"/> reports them;
        /// lists keep their order; absent members stay null. The loader is as strict as the AWS CLI about the shape:
        /// unknown or repeated members, wrong JSON types, JSON <c>null</c> (leave a member out instead), integers outside
        /// 32 bits, nesting deeper than 16 levels and a missing <c>ClientName</c> all throw. Strings may hold anything JSON
        /// can escape, including lone surrogates written as <c>\ud800</c>.
        /// <c>FromJson(d.ToCliInputJson(pool)).Definition</c> equals <c>d</c>, except that
        /// <see cref="ClientSecretSuppliedAtRuntime"/>, which JSON does not carry, is always false.
        /// </summary>
        /// <param name="json">The JSON text.</param>
        /// <returns>The definition, with the user pool ID, client ID and operation the document names.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
        /// <exception cref="UserPoolClientJsonException">The text is not JSON, or not an app client; the message names the
        /// member path and the line and column.</exception>
        public static UserPoolClientDocument FromJson(string json) => CliJsonReader.Read(json);
    }

    /// <summary>An app client loaded by <see cref="UserPoolClientDefinition.FromJson"/>, with what the document says about where it goes.</summary>
    /// <param name="Definition">The client.</param>
    /// <param name="UserPoolId">The document's <c>UserPoolId</c>, or null when it has none.</param>
    /// <param name="ClientId">The document's <c>ClientId</c> (update input, or describe output), or null.</param>
    /// <param name="Operation"><see cref="ClientOperation.Update"/> for <c>update-user-pool-client</c> input, else <see cref="ClientOperation.Create"/>.</param>
    public sealed record UserPoolClientDocument(UserPoolClientDefinition Definition, string? UserPoolId, string? ClientId, ClientOperation Operation)
    {
        /// <summary>Validates <see cref="Definition"/> for this document's user pool and operation.</summary>
        /// <returns>The findings, in the catalogue's order.</returns>
        public IReadOnlyList<RuleFinding> Validate() => Validate(null);

        /// <summary>Validates <see cref="Definition"/> for this document's user pool and operation, against what is known
        /// about the pool (its ID, when the document has none; for an update, the deployed client with this <see cref="ClientId"/>).</summary>
        /// <param name="pool">What is known about the pool, or null for nothing.</param>
        /// <returns>The findings, in the catalogue's order.</returns>
        public IReadOnlyList<RuleFinding> Validate(Pool.UserPoolContext? pool) =>
            UnknownMembers.Select(u => new RuleFinding(RuleCatalogue.UnknownMember, u.Message, u.Path))
                .Concat(ClientValidator.Validate(Definition, pool, UserPoolId, Operation, ClientId)).ToArray();

        /// <summary>Members the reader did not know; they were ignored, and <see cref="Validate(Pool.UserPoolContext?)"/> reports each as a warning.</summary>
        public IReadOnlyList<UnknownMember> UnknownMembers { get; init; } = Array.Empty<UnknownMember>();

        /// <summary>True when the document was describe-user-pool-client output (<c>{ "UserPoolClient": { … } }</c>),
        /// whose <c>ClientSecret</c> may be one Cognito generated or one the user brought: the output cannot tell.</summary>
        public bool IsDescribeOutput { get; init; }
    }

    /// <summary>A member the JSON reader does not know, and why it was ignored.</summary>
    /// <param name="Path">Member path, e.g. <c>UserPoolClient.NewFeature</c>.</param>
    /// <param name="Message">What was found where, and what is known instead.</param>
    public sealed record UnknownMember(string Path, string Message);

    /// <summary>
    /// The JSON given to <see cref="UserPoolClientDefinition.FromJson"/> is malformed or is not an app client. The message
    /// is one line: the member path (or "invalid JSON"), the problem, and the line and column.
    /// </summary>
    public sealed class UserPoolClientJsonException : FormatException
    {
        internal UserPoolClientJsonException(string message, string? memberPath, int line, int column)
            : base(message)
        {
            MemberPath = memberPath;
            Line = line;
            Column = column;
        }

        /// <summary>The member the problem is about, e.g. <c>AllowedOAuthFlows[1]</c> or <c>UserPoolClient.TokenValidityUnits.IdToken</c>; null for a syntax error or a problem with the document as a whole.</summary>
        public string? MemberPath { get; }

        /// <summary>The 1-based line of the problem.</summary>
        public int Line { get; }

        /// <summary>The 1-based column of the problem, counting Unicode code points.</summary>
        public int Column { get; }
    }

    /// <summary>
    /// Parses with <see cref="JsonTree"/> (so positions, repeated names and strings that <c>JsonElement.GetString</c>
    /// refuses, such as lone surrogates, are all under our control), then binds the tree.
    /// </summary>
    internal static class CliJsonReader
    {
        /// <summary>Objects and arrays may nest this deep; the deepest real document has 3 levels.</summary>
        public const int MaxDepth = 16;

        private const string ClientKey = "UserPoolClient";

        public static UserPoolClientDocument Read(string json)
        {
            if (json is null) throw new ArgumentNullException(nameof(json));
            var text = new SourceText(new JsonText(json));
            text.CheckSurrogates();
            return Bind(Parse(text), text);
        }

        // ---- Parsing -----------------------------------------------------------------------------------------------

        private static JsonTreeNode Parse(SourceText text)
        {
            try
            {
                // Lone surrogates written as escapes are kept: JSON can carry them, and the rules report them.
                return JsonTree.Parse(text.Json, MaxDepth, EscapedLoneSurrogates.Keep);
            }
            catch (JsonTreeException e) when (e.Error == JsonTreeError.TooDeep)
            {
                throw new UserPoolClientJsonException(
                    $"JSON nested too deeply at line {e.Line}, column {e.Column}: more than {MaxDepth} levels of objects and arrays (an app client has 3)", null, e.Line, e.Column);
            }
            catch (JsonTreeException e)
            {
                throw new UserPoolClientJsonException($"invalid JSON at line {e.Line}, column {e.Column}: {e.Detail}", null, e.Line, e.Column);
            }
        }

        // ---- Binding -----------------------------------------------------------------------------------------------

        private static UserPoolClientDocument Bind(JsonTreeNode root, SourceText text)
        {
            if (root.Kind != JsonTreeKind.Object)
            {
                throw text.Error(null, root.Offset, $"the document must be a JSON object (CLI input, or describe-user-pool-client output), got {(root.Kind == JsonTreeKind.Null ? "null" : Describe(root))}");
            }

            var wrapper = root.Members.FirstOrDefault(m => m.Name == ClientKey);
            if (wrapper is null)
            {
                var input = new Binder(text, string.Empty, output: false);
                input.ReadClient(root);
                var definition = input.Build(root);
                var update = input.ClientId is not null;
                if (update && (input.GenerateSecretMember ?? input.ClientSecretMember) is { } createOnly)
                {
                    throw text.Error(createOnly.Name, createOnly.Offset,
                        "not a parameter of update-user-pool-client: a document with ClientId is update input, and GenerateSecret and ClientSecret can only be sent when creating a client");
                }

                return new UserPoolClientDocument(definition, input.UserPoolId, input.ClientId, update ? ClientOperation.Update : ClientOperation.Create)
                {
                    UnknownMembers = input.UnknownMembers.Select(u => new UnknownMember(u.Path, u.Message)).ToArray(),
                };
            }

            var seen = new Dictionary<string, long>(StringComparer.Ordinal);
            var unknown = new List<UnknownMember>();
            foreach (var member in root.Members)
            {
                if (member.Name != ClientKey)
                {
                    var path = SourceText.PathName(member.Name);
                    unknown.Add(new UnknownMember(path, text.Error(path, member.Offset, "unknown member: describe-user-pool-client output has only UserPoolClient at the top level").Message));
                    continue;
                }

                CheckDuplicate(text, seen, member, ClientKey);
            }

            if (wrapper.Value.Kind != JsonTreeKind.Object) throw text.Error(ClientKey, wrapper.Value.Offset, $"expected an object, got {Describe(wrapper.Value)}");
            var output = new Binder(text, ClientKey + ".", output: true);
            output.ReadClient(wrapper.Value);
            return new UserPoolClientDocument(output.Build(wrapper.Value), output.UserPoolId, output.ClientId, ClientOperation.Create)
            {
                UnknownMembers = unknown.Concat(output.UnknownMembers.Select(u => new UnknownMember(u.Path, u.Message))).ToArray(),
                IsDescribeOutput = true,
            };
        }

        private static void CheckDuplicate(SourceText text, Dictionary<string, long> seen, JsonTreeMember member, string path)
        {
            if (seen.TryGetValue(member.Name, out var first))
            {
                var (line, _) = text.At(first);
                throw text.Error(path, member.Offset, $"duplicate member (first at line {line}): a JSON object must not repeat a name");
            }

            seen.Add(member.Name, member.Offset);
        }

        private static string Describe(JsonTreeNode node) => node.Kind switch
        {
            JsonTreeKind.Object => "an object",
            JsonTreeKind.Array => "an array",
            JsonTreeKind.String => "string " + SourceText.Quote(node.Text!),
            JsonTreeKind.Number => "number " + SourceText.Shorten(node.Text!),
            JsonTreeKind.True => "boolean true",
            JsonTreeKind.False => "boolean false",
            _ => "null (leave the member out instead of writing null)",
        };

        /// <summary>Reads one client object (the top level of CLI input, or the UserPoolClient of output) member by member.</summary>
        private sealed class Binder
        {
            private static readonly string[] InputMembers =
            {
                "UserPoolId", "ClientId", "ClientName", "GenerateSecret", "ClientSecret", "RefreshTokenValidity", "AccessTokenValidity", "IdTokenValidity",
                "TokenValidityUnits", "ReadAttributes", "WriteAttributes", "ExplicitAuthFlows", "SupportedIdentityProviders", "CallbackURLs", "LogoutURLs",
                "DefaultRedirectURI", "AllowedOAuthFlows", "AllowedOAuthScopes", "AllowedOAuthFlowsUserPoolClient", "AnalyticsConfiguration",
                "PreventUserExistenceErrors", "EnableTokenRevocation", "EnablePropagateAdditionalUserContextData", "AuthSessionValidity", "RefreshTokenRotation",
            };

            private readonly SourceText _text;
            private readonly string _prefix;
            private readonly bool _output;

            private string? _clientName;
            private bool? _generateSecret;
            private string? _clientSecret;
            private int? _refreshTokenValidity;
            private int? _accessTokenValidity;
            private int? _idTokenValidity;
            private TokenValidityUnits? _units;
            private string[]? _readAttributes;
            private string[]? _writeAttributes;
            private string[]? _explicitAuthFlows;
            private string[]? _supportedIdentityProviders;
            private string[]? _callbackUrls;
            private string[]? _logoutUrls;
            private string? _defaultRedirectUri;
            private string[]? _allowedOAuthFlows;
            private string[]? _allowedOAuthScopes;
            private bool? _allowedOAuthFlowsUserPoolClient;
            private AnalyticsConfiguration? _analytics;
            private string? _preventUserExistenceErrors;
            private bool? _enableTokenRevocation;
            private bool? _enablePropagate;
            private int? _authSessionValidity;
            private RefreshTokenRotation? _rotation;

            public Binder(SourceText text, string prefix, bool output)
            {
                _text = text;
                _prefix = prefix;
                _output = output;
            }

            public string? UserPoolId { get; private set; }

            public string? ClientId { get; private set; }

            /// <summary>Where GenerateSecret was given (input only), for the update check.</summary>
            public JsonTreeMember? GenerateSecretMember { get; private set; }

            /// <summary>Where ClientSecret was given (input only), for the update check.</summary>
            public JsonTreeMember? ClientSecretMember { get; private set; }

            public void ReadClient(JsonTreeNode client)
            {
                var seen = new Dictionary<string, long>(StringComparer.Ordinal);
                foreach (var m in client.Members)
                {
                    var path = _prefix + SourceText.PathName(m.Name);
                    CheckDuplicate(_text, seen, m, path);
                    var v = m.Value;
                    switch (m.Name)
                    {
                        case "UserPoolId": UserPoolId = String(v, path); break;
                        case "ClientName": _clientName = String(v, path); break;
                        case "ClientId": ClientId = String(v, path); break;
                        case "GenerateSecret" when !_output:
                            GenerateSecretMember = m;
                            _generateSecret = Bool(v, path);
                            break;
                        case "ClientSecret":
                            if (!_output) ClientSecretMember = m;
                            _clientSecret = String(v, path);
                            break;
                        case "CreationDate" or "LastModifiedDate" when _output:
                            if (v.Kind is not (JsonTreeKind.Number or JsonTreeKind.String)) throw Expected(v, path, "a timestamp (a number of seconds or a date string)");
                            break;
                        case "RefreshTokenValidity": _refreshTokenValidity = Int(v, path); break;
                        case "AccessTokenValidity": _accessTokenValidity = Int(v, path); break;
                        case "IdTokenValidity": _idTokenValidity = Int(v, path); break;
                        case "TokenValidityUnits": _units = Units(v, path); break;
                        case "ReadAttributes": _readAttributes = List(v, path); break;
                        case "WriteAttributes": _writeAttributes = List(v, path); break;
                        case "ExplicitAuthFlows": _explicitAuthFlows = List(v, path); break;
                        case "SupportedIdentityProviders": _supportedIdentityProviders = List(v, path); break;
                        case "CallbackURLs": _callbackUrls = List(v, path); break;
                        case "LogoutURLs": _logoutUrls = List(v, path); break;
                        case "DefaultRedirectURI": _defaultRedirectUri = String(v, path); break;
                        case "AllowedOAuthFlows": _allowedOAuthFlows = List(v, path); break;
                        case "AllowedOAuthScopes": _allowedOAuthScopes = List(v, path); break;
                        case "AllowedOAuthFlowsUserPoolClient": _allowedOAuthFlowsUserPoolClient = Bool(v, path); break;
                        case "AnalyticsConfiguration": _analytics = Analytics(v, path); break;
                        case "PreventUserExistenceErrors": _preventUserExistenceErrors = String(v, path); break;
                        case "EnableTokenRevocation": _enableTokenRevocation = Bool(v, path); break;
                        case "EnablePropagateAdditionalUserContextData": _enablePropagate = Bool(v, path); break;
                        case "AuthSessionValidity": _authSessionValidity = Int(v, path); break;
                        case "RefreshTokenRotation": _rotation = Rotation(v, path); break;
                        default: Unknown(m, path); break;
                    }
                }
            }

            public UserPoolClientDefinition Build(JsonTreeNode client)
            {
                if (_clientName is null) throw _text.Error(_prefix + "ClientName", client.Offset, "required member is missing: every app client has a name");
                return new UserPoolClientDefinition(_clientName)
                {
                    GenerateSecret = _generateSecret,
                    ClientSecret = _clientSecret,
                    RefreshTokenValidity = _refreshTokenValidity,
                    AccessTokenValidity = _accessTokenValidity,
                    IdTokenValidity = _idTokenValidity,
                    TokenValidityUnits = _units,
                    ReadAttributes = _readAttributes,
                    WriteAttributes = _writeAttributes,
                    ExplicitAuthFlows = _explicitAuthFlows,
                    SupportedIdentityProviders = _supportedIdentityProviders,
                    CallbackURLs = _callbackUrls,
                    LogoutURLs = _logoutUrls,
                    DefaultRedirectURI = _defaultRedirectUri,
                    AllowedOAuthFlows = _allowedOAuthFlows,
                    AllowedOAuthScopes = _allowedOAuthScopes,
                    AllowedOAuthFlowsUserPoolClient = _allowedOAuthFlowsUserPoolClient,
                    AnalyticsConfiguration = _analytics,
                    PreventUserExistenceErrors = _preventUserExistenceErrors,
                    EnableTokenRevocation = _enableTokenRevocation,
                    EnablePropagateAdditionalUserContextData = _enablePropagate,
                    AuthSessionValidity = _authSessionValidity,
                    RefreshTokenRotation = _rotation,
                };
            }

            private TokenValidityUnits Units(JsonTreeNode v, string path)
            {
                string? access = null, id = null, refresh = null;
                foreach (var (m, p) in Members(v, path))
                {
                    switch (m.Name)
                    {
                        case "AccessToken": access = String(m.Value, p); break;
                        case "IdToken": id = String(m.Value, p); break;
                        case "RefreshToken": refresh = String(m.Value, p); break;
                        default: UnknownNested(m, p, "TokenValidityUnits", "AccessToken, IdToken, RefreshToken"); break;
                    }
                }

                return new TokenValidityUnits(access, id, refresh);
            }

            private AnalyticsConfiguration Analytics(JsonTreeNode v, string path)
            {
                string? applicationId = null, applicationArn = null, roleArn = null, externalId = null;
                bool? shared = null;
                foreach (var (m, p) in Members(v, path))
                {
                    switch (m.Name)
                    {
                        case "ApplicationId": applicationId = String(m.Value, p); break;
                        case "ApplicationArn": applicationArn = String(m.Value, p); break;
                        case "RoleArn": roleArn = String(m.Value, p); break;
                        case "ExternalId": externalId = String(m.Value, p); break;
                        case "UserDataShared": shared = Bool(m.Value, p); break;
                        default: UnknownNested(m, p, "AnalyticsConfiguration", "ApplicationId, ApplicationArn, RoleArn, ExternalId, UserDataShared"); break;
                    }
                }

                return new AnalyticsConfiguration(applicationId, applicationArn, roleArn, externalId, shared);
            }

            private RefreshTokenRotation Rotation(JsonTreeNode v, string path)
            {
                string? feature = null;
                int? grace = null;
                foreach (var (m, p) in Members(v, path))
                {
                    switch (m.Name)
                    {
                        case "Feature": feature = String(m.Value, p); break;
                        case "RetryGracePeriodSeconds": grace = Int(m.Value, p); break;
                        default: UnknownNested(m, p, "RefreshTokenRotation", "Feature, RetryGracePeriodSeconds"); break;
                    }
                }

                return new RefreshTokenRotation(feature, grace);
            }

            /// <summary>The members of a nested object with their paths, after the type and duplicate checks.</summary>
            private List<(JsonTreeMember Member, string Path)> Members(JsonTreeNode v, string path)
            {
                if (v.Kind != JsonTreeKind.Object) throw Expected(v, path, "an object");
                var seen = new Dictionary<string, long>(StringComparer.Ordinal);
                var result = new List<(JsonTreeMember, string)>(v.Members.Count);
                foreach (var m in v.Members)
                {
                    var p = path + "." + SourceText.PathName(m.Name);
                    CheckDuplicate(_text, seen, m, p);
                    result.Add((m, p));
                }

                return result;
            }

            private string String(JsonTreeNode v, string path) => v.Kind == JsonTreeKind.String ? v.Text! : throw Expected(v, path, "a string");

            private bool Bool(JsonTreeNode v, string path) => v.Kind switch
            {
                JsonTreeKind.True => true,
                JsonTreeKind.False => false,
                _ => throw Expected(v, path, "true or false"),
            };

            private int Int(JsonTreeNode v, string path)
            {
                if (v.Kind != JsonTreeKind.Number) throw Expected(v, path, "an integer");
                var raw = v.Text!;
                if (raw.IndexOfAny(new[] { '.', 'e', 'E' }) >= 0) throw Expected(v, path, "an integer");
                if (!int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                {
                    throw _text.Error(path, v.Offset, $"{SourceText.Shorten(raw)} does not fit in a 32-bit integer ({int.MinValue} to {int.MaxValue})");
                }

                return value;
            }

            private string[] List(JsonTreeNode v, string path)
            {
                if (v.Kind != JsonTreeKind.Array) throw Expected(v, path, "an array of strings");
                var items = new string[v.Items.Count];
                for (var i = 0; i < items.Length; i++) items[i] = String(v.Items[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
                return items;
            }

            private UserPoolClientJsonException Expected(JsonTreeNode v, string path, string expected) => _text.Error(path, v.Offset, $"expected {expected}, got {Describe(v)}");

            /// <summary>Members the reader does not know, with why; reported as warnings, so newer API output still loads.</summary>
            public List<(string Path, string Message)> UnknownMembers { get; } = new();

            private void Unknown(JsonTreeMember m, string path)
            {
                string why;
                if (_output)
                {
                    why = "unknown member: describe-user-pool-client output has no such member in UserPoolClient";
                }
                else if (m.Name is "CreationDate" or "LastModifiedDate")
                {
                    why = $"unknown member: {m.Name} is output of describe-user-pool-client, not a parameter; remove it from CLI input";
                }
                else
                {
                    why = "unknown member: create-user-pool-client and update-user-pool-client take no such parameter, and the AWS CLI rejects unknown parameters";
                }

                var known = _output ? Concat(InputMembers, "CreationDate", "LastModifiedDate") : InputMembers;
                UnknownMembers.Add((path, _text.Error(path, m.Offset, why + DidYouMean(m.Name, known)).Message));
            }

            private void UnknownNested(JsonTreeMember m, string path, string type, string members) =>
                UnknownMembers.Add((path, _text.Error(path, m.Offset, $"unknown member: {type} has only {members}" + DidYouMean(m.Name, members.Split(new[] { ", " }, StringSplitOptions.None))).Message));

            private static string[] Concat(string[] a, params string[] b)
            {
                var all = new string[a.Length + b.Length];
                a.CopyTo(all, 0);
                b.CopyTo(all, a.Length);
                return all;
            }

            private static string DidYouMean(string name, string[] known)
            {
                foreach (var k in known)
                {
                    if (string.Equals(k, name, StringComparison.OrdinalIgnoreCase)) return $" (did you mean {k}? names are case-sensitive)";
                }

                return string.Empty;
            }
        }

        // ---- Positions and message text ----------------------------------------------------------------------------

        /// <summary>The JSON text, for errors at its UTF-8 byte offsets and for values shown in messages.</summary>
        private sealed class SourceText
        {
            public SourceText(JsonText json) => Json = json;

            public JsonText Json { get; }

            public UserPoolClientJsonException Error(string? path, long byteOffset, string problem)
            {
                var (line, column) = At(byteOffset);
                var message = (path is null ? problem : path + ": " + problem) + $" (line {line}, column {column})";
                return new UserPoolClientJsonException(message, path, line, column);
            }

            /// <summary>
            /// A lone surrogate character cannot be encoded as UTF-8, so it is not JSON text (JSON escapes it as \ud800;
            /// that form is accepted).
            /// </summary>
            public void CheckSurrogates()
            {
                var i = JsonTree.IndexOfLoneSurrogate(Json.Text);
                if (i < 0) return;
                var c = Json.Text[i];
                var (line, column) = Json.AtChar(i);
                throw new UserPoolClientJsonException(
                    $"invalid text at line {line}, column {column}: unpaired surrogate U+{(int)c:X4}, which is not Unicode text (inside a JSON string, write it as the escape \\u{(int)c:x4})",
                    null, line, column);
            }

            /// <summary>Line and column (1-based, in code points) of a byte offset in the UTF-8 encoding of the text.</summary>
            public (int Line, int Column) At(long byteOffset) => Json.At(byteOffset);

            /// <summary>A member name as it appears in a path: plain when it is an identifier, else quoted with escapes.</summary>
            public static string PathName(string name)
            {
                if (name.Length == 0 || name.Length > 64) return Quote(name);
                foreach (var c in name)
                {
                    if (!(c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-')) return Quote(name);
                }

                return name;
            }

            /// <summary>A value in a message: quoted, shortened, control characters and surrogates escaped, so the message stays one line.</summary>
            public static string Quote(string value)
            {
                var shown = Shorten(value);
                var sb = new StringBuilder(shown.Length + 2).Append('"');
                foreach (var c in shown)
                {
                    if (c == '"' || c == '\\') sb.Append('\\').Append(c);
                    else if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c)) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                }

                return sb.Append('"').ToString();
            }

            public static string Shorten(string value) => value.Length <= 64 ? value : value.Substring(0, 61) + "...";
        }
    }
}
