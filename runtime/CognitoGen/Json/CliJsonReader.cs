using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
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
    /// Parses with <see cref="Utf8JsonReader"/> into a small tree (so positions, repeated names and strings that
    /// <c>JsonElement.GetString</c> refuses, such as lone surrogates, are all under our control), then binds the tree.
    /// </summary>
    internal static class CliJsonReader
    {
        /// <summary>Objects and arrays may nest this deep; the deepest real document has 3 levels.</summary>
        public const int MaxDepth = 16;

        private const string ClientKey = "UserPoolClient";

        public static UserPoolClientDocument Read(string json)
        {
            if (json is null) throw new ArgumentNullException(nameof(json));
            var text = new SourceText(json);
            text.CheckSurrogates();
            var root = Parse(Encoding.UTF8.GetBytes(json), text);
            return Bind(root, text);
        }

        // ---- Parsing -----------------------------------------------------------------------------------------------

        private enum Kind
        {
            Object,
            Array,
            String,
            Number,
            True,
            False,
            Null,
        }

        private sealed class Node
        {
            public Node(Kind kind, long offset)
            {
                Kind = kind;
                Offset = offset;
            }

            public Kind Kind { get; }

            /// <summary>Byte offset of the token in the UTF-8 text.</summary>
            public long Offset { get; }

            /// <summary>The decoded string, or the number as written.</summary>
            public string? Text { get; set; }

            public List<Member> Members { get; } = new();

            public List<Node> Items { get; } = new();
        }

        private sealed class Member
        {
            public Member(string name, long offset, Node value)
            {
                Name = name;
                Offset = offset;
                Value = value;
            }

            public string Name { get; }

            public long Offset { get; }

            public Node Value { get; }
        }

        private static Node Parse(byte[] utf8, SourceText text)
        {
            // The reader's own limit is set above ours, so that ours (with its clear message) always fires first.
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth * 4, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false });
            try
            {
                Next(ref reader, text, utf8.Length);
                var root = ReadValue(ref reader, text, utf8.Length);
                // With the final block, trailing content throws here; a clean end returns false.
                reader.Read();
                return root;
            }
            catch (JsonException e)
            {
                var (line, column) = text.FromLineAndByte(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
                throw new UserPoolClientJsonException($"invalid JSON at line {line}, column {column}: {ReaderMessage(e.Message)}", null, line, column);
            }
        }

        private static void Next(ref Utf8JsonReader reader, SourceText text, long end)
        {
            if (!reader.Read())
            {
                // The reader throws on incomplete final blocks; this is only a guard.
                throw text.Error(null, end, "invalid JSON: the text ends before the JSON value is complete");
            }
        }

        private static Node ReadValue(ref Utf8JsonReader reader, SourceText text, long end)
        {
            var offset = reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                {
                    CheckDepth(ref reader, text);
                    var node = new Node(Kind.Object, offset);
                    while (true)
                    {
                        Next(ref reader, text, end);
                        if (reader.TokenType == JsonTokenType.EndObject) return node;
                        var nameOffset = reader.TokenStartIndex;
                        var name = ReadString(ref reader);
                        Next(ref reader, text, end);
                        node.Members.Add(new Member(name, nameOffset, ReadValue(ref reader, text, end)));
                    }
                }

                case JsonTokenType.StartArray:
                {
                    CheckDepth(ref reader, text);
                    var node = new Node(Kind.Array, offset);
                    while (true)
                    {
                        Next(ref reader, text, end);
                        if (reader.TokenType == JsonTokenType.EndArray) return node;
                        node.Items.Add(ReadValue(ref reader, text, end));
                    }
                }

                case JsonTokenType.String:
                    return new Node(Kind.String, offset) { Text = ReadString(ref reader) };
                case JsonTokenType.Number:
                    return new Node(Kind.Number, offset) { Text = Encoding.UTF8.GetString(reader.ValueSpan.ToArray()) };
                case JsonTokenType.True:
                    return new Node(Kind.True, offset);
                case JsonTokenType.False:
                    return new Node(Kind.False, offset);
                case JsonTokenType.Null:
                    return new Node(Kind.Null, offset);
                default:
                    throw text.Error(null, offset, $"invalid JSON: unexpected {reader.TokenType}");
            }
        }

        private static void CheckDepth(ref Utf8JsonReader reader, SourceText text)
        {
            // CurrentDepth of a start token counts the containers around it: 16 means this is the 17th level.
            if (reader.CurrentDepth >= MaxDepth)
            {
                var (line, column) = text.At(reader.TokenStartIndex);
                throw new UserPoolClientJsonException(
                    $"JSON nested too deeply at line {line}, column {column}: more than {MaxDepth} levels of objects and arrays (an app client has 3)", null, line, column);
            }
        }

        /// <summary>The string token's value, unescaped by hand: <c>GetString</c> throws on escaped lone surrogates, which are valid JSON.</summary>
        private static string ReadString(ref Utf8JsonReader reader)
        {
            var raw = Encoding.UTF8.GetString(reader.ValueSpan.ToArray());
            return reader.ValueIsEscaped ? Unescape(raw) : raw;
        }

        /// <summary>Unescapes a string body the reader has already validated (every backslash starts a valid escape).</summary>
        private static string Unescape(string raw)
        {
            var sb = new StringBuilder(raw.Length);
            for (var i = 0; i < raw.Length; i++)
            {
                var c = raw[i];
                if (c != '\\' || i + 1 >= raw.Length)
                {
                    sb.Append(c);
                    continue;
                }

                var e = raw[++i];
                switch (e)
                {
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'u' when i + 4 < raw.Length:
                        sb.Append((char)int.Parse(raw.Substring(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                        i += 4;
                        break;
                    default: sb.Append(e); break; // \" \\ \/
                }
            }

            return sb.ToString();
        }

        /// <summary>The reader's message without its trailing "LineNumber: … | BytePositionInLine: …" (we give line and column ourselves).</summary>
        private static string ReaderMessage(string message)
        {
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut < 0) cut = message.IndexOf(" Path:", StringComparison.Ordinal);
            var result = (cut < 0 ? message : message.Substring(0, cut)).Trim();
            if (result.EndsWith("|", StringComparison.Ordinal)) result = result.Substring(0, result.Length - 1).Trim();
            return SourceText.OneLine(result);
        }

        // ---- Binding -----------------------------------------------------------------------------------------------

        private static UserPoolClientDocument Bind(Node root, SourceText text)
        {
            if (root.Kind != Kind.Object)
            {
                throw text.Error(null, root.Offset, $"the document must be a JSON object (CLI input, or describe-user-pool-client output), got {(root.Kind == Kind.Null ? "null" : Describe(root))}");
            }

            var wrapper = root.Members.Find(m => m.Name == ClientKey);
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

            if (wrapper.Value.Kind != Kind.Object) throw text.Error(ClientKey, wrapper.Value.Offset, $"expected an object, got {Describe(wrapper.Value)}");
            var output = new Binder(text, ClientKey + ".", output: true);
            output.ReadClient(wrapper.Value);
            return new UserPoolClientDocument(output.Build(wrapper.Value), output.UserPoolId, output.ClientId, ClientOperation.Create)
            {
                UnknownMembers = unknown.Concat(output.UnknownMembers.Select(u => new UnknownMember(u.Path, u.Message))).ToArray(),
                IsDescribeOutput = true,
            };
        }

        private static void CheckDuplicate(SourceText text, Dictionary<string, long> seen, Member member, string path)
        {
            if (seen.TryGetValue(member.Name, out var first))
            {
                var (line, _) = text.At(first);
                throw text.Error(path, member.Offset, $"duplicate member (first at line {line}): a JSON object must not repeat a name");
            }

            seen.Add(member.Name, member.Offset);
        }

        private static string Describe(Node node) => node.Kind switch
        {
            Kind.Object => "an object",
            Kind.Array => "an array",
            Kind.String => "string " + SourceText.Quote(node.Text!),
            Kind.Number => "number " + SourceText.Shorten(node.Text!),
            Kind.True => "boolean true",
            Kind.False => "boolean false",
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
            public Member? GenerateSecretMember { get; private set; }

            /// <summary>Where ClientSecret was given (input only), for the update check.</summary>
            public Member? ClientSecretMember { get; private set; }

            public void ReadClient(Node client)
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
                            if (v.Kind is not (Kind.Number or Kind.String)) throw Expected(v, path, "a timestamp (a number of seconds or a date string)");
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

            public UserPoolClientDefinition Build(Node client)
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

            private TokenValidityUnits Units(Node v, string path)
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

            private AnalyticsConfiguration Analytics(Node v, string path)
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

            private RefreshTokenRotation Rotation(Node v, string path)
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
            private List<(Member Member, string Path)> Members(Node v, string path)
            {
                if (v.Kind != Kind.Object) throw Expected(v, path, "an object");
                var seen = new Dictionary<string, long>(StringComparer.Ordinal);
                var result = new List<(Member, string)>(v.Members.Count);
                foreach (var m in v.Members)
                {
                    var p = path + "." + SourceText.PathName(m.Name);
                    CheckDuplicate(_text, seen, m, p);
                    result.Add((m, p));
                }

                return result;
            }

            private string String(Node v, string path) => v.Kind == Kind.String ? v.Text! : throw Expected(v, path, "a string");

            private bool Bool(Node v, string path) => v.Kind switch
            {
                Kind.True => true,
                Kind.False => false,
                _ => throw Expected(v, path, "true or false"),
            };

            private int Int(Node v, string path)
            {
                if (v.Kind != Kind.Number) throw Expected(v, path, "an integer");
                var raw = v.Text!;
                if (raw.IndexOfAny(new[] { '.', 'e', 'E' }) >= 0) throw Expected(v, path, "an integer");
                if (!int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                {
                    throw _text.Error(path, v.Offset, $"{SourceText.Shorten(raw)} does not fit in a 32-bit integer ({int.MinValue} to {int.MaxValue})");
                }

                return value;
            }

            private string[] List(Node v, string path)
            {
                if (v.Kind != Kind.Array) throw Expected(v, path, "an array of strings");
                var items = new string[v.Items.Count];
                for (var i = 0; i < items.Length; i++) items[i] = String(v.Items[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
                return items;
            }

            private UserPoolClientJsonException Expected(Node v, string path, string expected) => _text.Error(path, v.Offset, $"expected {expected}, got {Describe(v)}");

            /// <summary>Members the reader does not know, with why; reported as warnings, so newer API output still loads.</summary>
            public List<(string Path, string Message)> UnknownMembers { get; } = new();

            private void Unknown(Member m, string path)
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

            private void UnknownNested(Member m, string path, string type, string members) =>
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

        /// <summary>The JSON text, for turning the reader's UTF-8 byte offsets into lines and columns.</summary>
        private sealed class SourceText
        {
            private readonly string _text;

            public SourceText(string text) => _text = text;

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
                for (var i = 0; i < _text.Length; i++)
                {
                    var c = _text[i];
                    if (!char.IsSurrogate(c)) continue;
                    if (char.IsHighSurrogate(c) && i + 1 < _text.Length && char.IsLowSurrogate(_text[i + 1]))
                    {
                        i++;
                        continue;
                    }

                    var (line, column) = AtChar(i);
                    throw new UserPoolClientJsonException(
                        $"invalid text at line {line}, column {column}: unpaired surrogate U+{(int)c:X4}, which is not Unicode text (inside a JSON string, write it as the escape \\u{(int)c:x4})",
                        null, line, column);
                }
            }

            /// <summary>Line and column (1-based, in code points) of a byte offset in the UTF-8 encoding of the text.</summary>
            public (int Line, int Column) At(long byteOffset)
            {
                long bytes = 0;
                int line = 1, column = 1;
                for (var i = 0; i < _text.Length && bytes < byteOffset; i++)
                {
                    var c = _text[i];
                    if (c == '\n')
                    {
                        line++;
                        column = 1;
                        bytes++;
                        continue;
                    }

                    column++;
                    if (char.IsHighSurrogate(c) && i + 1 < _text.Length && char.IsLowSurrogate(_text[i + 1]))
                    {
                        bytes += 4;
                        i++;
                    }
                    else
                    {
                        bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
                    }
                }

                return (line, column);
            }

            /// <summary>The same, for the reader's 0-based line number and byte position within that line.</summary>
            public (int Line, int Column) FromLineAndByte(long line, long bytePositionInLine)
            {
                long bytes = 0;
                long seen = 0;
                for (var i = 0; i < _text.Length && seen < line; i++)
                {
                    var c = _text[i];
                    if (c == '\n') seen++;
                    if (char.IsHighSurrogate(c) && i + 1 < _text.Length && char.IsLowSurrogate(_text[i + 1]))
                    {
                        bytes += 4;
                        i++;
                    }
                    else
                    {
                        bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
                    }
                }

                return At(bytes + bytePositionInLine);
            }

            private (int Line, int Column) AtChar(int index)
            {
                int line = 1, column = 1;
                for (var i = 0; i < index; i++)
                {
                    if (_text[i] == '\n')
                    {
                        line++;
                        column = 1;
                    }
                    else if (!char.IsLowSurrogate(_text[i]) || i == 0 || !char.IsHighSurrogate(_text[i - 1]))
                    {
                        column++;
                    }
                }

                return (line, column);
            }

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

            public static string OneLine(string value) => value.Replace("\r", " ").Replace("\n", " ");
        }
    }
}
