using System;
using System.Collections.Generic;
using System.Linq;

namespace CognitoGen.Pool
{
    public static partial class UserPoolContextLoader
    {
        private const string UserPoolType = "AWS::Cognito::UserPool";
        private const string ResourceServerType = "AWS::Cognito::UserPoolResourceServer";
        private const string IdentityProviderType = "AWS::Cognito::UserPoolIdentityProvider";
        private const string DomainType = "AWS::Cognito::UserPoolDomain";

        /// <summary>
        /// A CloudFormation JSON template (as <c>cdk synth</c> writes): the pool's schema, resource servers, identity providers
        /// and domain. <c>Ref</c> and <c>Fn::GetAtt … UserPoolId</c> between these resources are resolved; a value the
        /// template cannot tell (a parameter, an import, any other intrinsic) leaves its part unknown rather than wrong.
        /// </summary>
        private static Problem? ReadTemplate(JsonTreeNode resources, Part part)
        {
            if (ExpectKind(resources, "Resources", JsonTreeKind.Object, resources) is { } p0) return p0;
            var cognito = new List<(string LogicalId, string Type, JsonTreeNode Resource, JsonTreeNode? Properties)>();
            foreach (var member in resources.Members)
            {
                var resource = member.Value;
                if (resource.Kind != JsonTreeKind.Object) continue;
                var type = resource["Type"]?.StringValue;
                if (type is not (UserPoolType or ResourceServerType or IdentityProviderType or DomainType)) continue;
                var properties = resource["Properties"];
                if (ExpectKind(properties, $"Resources.{member.Name}.Properties", JsonTreeKind.Object, resource) is { } p1) return p1;
                cognito.Add((member.Name, type, resource, properties));
            }

            if (cognito.Count == 0)
            {
                return new Problem(resources,
                    $"a CloudFormation template without {UserPoolType}, {ResourceServerType}, {IdentityProviderType} or {DomainType} resources, so it says nothing about a user pool");
            }

            var pools = cognito.Where(r => r.Type == UserPoolType).ToList();
            if (pools.Count > 1)
            {
                return new Problem(pools[1].Resource,
                    $"the template defines {pools.Count} user pools ({string.Join(", ", pools.Select(p => p.LogicalId))}); one set of pool files describes one pool, so give the pool's resources in a template of their own");
            }

            var poolLogicalId = pools.Count == 1 ? pools[0].LogicalId : null;
            if (pools.Count == 1) ReadTemplateSchema(pools[0].Properties, part);

            foreach (var (logicalId, type, resource, properties) in cognito)
            {
                if (type == UserPoolType) continue;
                var path = $"Resources.{logicalId}.Properties";
                if (!BelongsToPool(properties?["UserPoolId"], poolLogicalId, part)) continue;
                switch (type)
                {
                    case ResourceServerType:
                        part.ResourceServers ??= new List<ResourceServer>();
                        var identifier = Literal(properties?["Identifier"]);
                        var scopes = ScopeNames(properties?["Scopes"]);
                        if (identifier is null || scopes is null)
                        {
                            part.ResourceServersIncomplete = true;
                            part.Note(resource,
                                $"{path}: the {(identifier is null ? "Identifier" : "Scopes")} of resource server {logicalId} is not a value written in the template, so the pool's resource servers stay unknown and scopes are not checked");
                            break;
                        }

                        part.ResourceServers.Add(new ResourceServer(identifier, Literal(properties?["Name"]), new EquatableArray<string>(scopes)));
                        break;
                    case IdentityProviderType:
                        part.IdentityProviders ??= new List<string>();
                        var name = Literal(properties?["ProviderName"]);
                        if (name is null)
                        {
                            part.IdentityProvidersIncomplete = true;
                            part.Note(resource,
                                $"{path}: the ProviderName of identity provider {logicalId} is not a value written in the template, so the pool's identity providers stay unknown and are not checked");
                            break;
                        }

                        part.IdentityProviders.Add(name);
                        break;
                    case DomainType:
                        // A domain under a Condition may not exist; that leaves "has a domain" unknown.
                        if (resource["Condition"] is null) part.HasDomain = true;
                        break;
                }
            }

            return null;
        }

        /// <summary>The pool's schema: every standard attribute, plus (or refined by) the <c>Schema</c> entries.</summary>
        private static void ReadTemplateSchema(JsonTreeNode? properties, Part part)
        {
            var schema = StandardAttributeNames.Select(n => new SchemaAttribute(n, false, null, null)).ToList();
            var entries = properties?["Schema"];
            if (entries is not null)
            {
                if (entries.Kind != JsonTreeKind.Array)
                {
                    part.SchemaIncomplete = true;
                    return;
                }

                foreach (var entry in entries.Items)
                {
                    var name = Literal(entry["Name"]);
                    if (entry.Kind != JsonTreeKind.Object || name is null)
                    {
                        part.SchemaIncomplete = true;
                        return;
                    }

                    // The template names custom attributes without the custom: prefix; a standard name is the standard attribute.
                    var (bare, prefixed) = SplitCustom(name);
                    var isCustom = prefixed || !StandardAttributeNames.Contains(bare, StringComparer.Ordinal);
                    var attribute = new SchemaAttribute(bare, isCustom, TemplateBool(entry["Required"]), TemplateBool(entry["Mutable"]));
                    var i = schema.FindIndex(a => a.IsCustom == isCustom && a.Name == bare);
                    if (i < 0) schema.Add(attribute);
                    else schema[i] = attribute;
                }
            }

            part.Schema = schema;
        }

        /// <summary>
        /// Whether a resource with this <c>UserPoolId</c> belongs to the pool the files describe. A Ref or GetAtt to the
        /// template's pool does; a literal ID does when the template has no pool of its own (and becomes the pool ID); an
        /// unresolvable value is counted too, so that what it defines is known to exist rather than reported missing.
        /// </summary>
        private static bool BelongsToPool(JsonTreeNode? userPoolId, string? poolLogicalId, Part part)
        {
            if (userPoolId is null) return true;
            if (userPoolId.StringValue is { } literal)
            {
                if (poolLogicalId is not null) return false;
                part.PoolId ??= literal;
                return string.Equals(part.PoolId, literal, StringComparison.Ordinal);
            }

            var target = RefTarget(userPoolId);
            return target is null || poolLogicalId is null || string.Equals(target, poolLogicalId, StringComparison.Ordinal);
        }

        /// <summary>The logical ID a <c>{"Ref": X}</c> or <c>{"Fn::GetAtt": [X, "UserPoolId"]}</c> names, or null.</summary>
        private static string? RefTarget(JsonTreeNode node)
        {
            if (node.Kind != JsonTreeKind.Object || node.Members.Count != 1) return null;
            var value = node.Members[0].Value;
            switch (node.Members[0].Name)
            {
                case "Ref":
                    return value.StringValue;
                case "Fn::GetAtt":
                    if (value.Kind == JsonTreeKind.Array && value.Items.Count == 2 && value.Items[1].StringValue == "UserPoolId") return value.Items[0].StringValue;
                    if (value.StringValue is { } dotted && dotted.EndsWith(".UserPoolId", StringComparison.Ordinal)) return dotted.Substring(0, dotted.Length - ".UserPoolId".Length);
                    return null;
                default:
                    return null;
            }
        }

        /// <summary>A string written as such in the template, or null for an intrinsic function or anything else.</summary>
        private static string? Literal(JsonTreeNode? node) => node?.StringValue;

        /// <summary>The scope names of a resource server (none when absent), or null when any is not written in the template.</summary>
        private static List<string>? ScopeNames(JsonTreeNode? scopes)
        {
            var names = new List<string>();
            if (scopes is null) return names;
            if (scopes.Kind != JsonTreeKind.Array) return null;
            foreach (var scope in scopes.Items)
            {
                var name = Literal(scope["ScopeName"]);
                if (name is null) return null;
                names.Add(name);
            }

            return names;
        }

        /// <summary>CloudFormation takes booleans as JSON booleans or the strings "true"/"false"; anything else is unknown.</summary>
        private static bool? TemplateBool(JsonTreeNode? node) =>
            node?.BoolValue ?? (node?.StringValue is { } s ? (string.Equals(s, "true", StringComparison.OrdinalIgnoreCase) ? true : string.Equals(s, "false", StringComparison.OrdinalIgnoreCase) ? false : null) : null);
    }
}
