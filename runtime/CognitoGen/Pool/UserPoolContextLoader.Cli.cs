using System;
using System.Collections.Generic;

namespace CognitoGen.Pool
{
    public static partial class UserPoolContextLoader
    {
        /// <summary>The standard attributes every pool has (OpenID Connect claims plus Cognito's own), written without a prefix.</summary>
        internal static readonly string[] StandardAttributeNames =
        {
            "address", "birthdate", "email", "email_verified", "family_name", "gender", "given_name", "locale", "middle_name", "name",
            "nickname", "phone_number", "phone_number_verified", "picture", "preferred_username", "profile", "sub", "updated_at",
            "website", "zoneinfo", "identities",
        };

        /// <summary>describe-user-pool: <c>{"UserPool": {"Id", "Arn", "SchemaAttributes": […], "Domain", "CustomDomain", …}}</c>.</summary>
        private static Problem? ReadDescribeUserPool(JsonTreeNode pool, Part part)
        {
            const string P = "UserPool";
            if (ExpectKind(pool, P, JsonTreeKind.Object, pool) is { } p0) return p0;
            var id = pool["Id"];
            var arn = pool["Arn"];
            if (First(ExpectKind(id, P + ".Id", JsonTreeKind.String, pool), ExpectKind(arn, P + ".Arn", JsonTreeKind.String, pool)) is { } p1) return p1;
            part.PoolId = id?.StringValue;
            part.Region = RegionOf(part.PoolId) ?? RegionOf(arn?.StringValue);

            var schema = pool["SchemaAttributes"];
            if (ExpectKind(schema, P + ".SchemaAttributes", JsonTreeKind.Array, pool) is { } p2) return p2;
            if (schema is not null)
            {
                part.Schema = new List<SchemaAttribute>();
                for (var i = 0; i < schema.Items.Count; i++)
                {
                    var item = schema.Items[i];
                    var path = $"{P}.SchemaAttributes[{i}]";
                    if (ExpectKind(item, path, JsonTreeKind.Object, schema) is { } p3) return p3;
                    var name = item["Name"];
                    if (name is null) return new Problem(item, path + ": has no Name");
                    if (First(ExpectKind(name, path + ".Name", JsonTreeKind.String, item), ExpectBool(item["Required"], path + ".Required"), ExpectBool(item["Mutable"], path + ".Mutable")) is { } p4) return p4;
                    var (bare, isCustom) = SplitCustom(name.StringValue!);
                    part.Schema.Add(new SchemaAttribute(bare, isCustom, item["Required"]?.BoolValue, item["Mutable"]?.BoolValue));
                }
            }

            var domain = pool["Domain"];
            var customDomain = pool["CustomDomain"];
            if (First(ExpectKind(domain, P + ".Domain", JsonTreeKind.String, pool), ExpectKind(customDomain, P + ".CustomDomain", JsonTreeKind.String, pool)) is { } p5) return p5;
            // The output names a domain only when there is one; its absence alone is not taken as proof (describe-user-pool-domain is).
            if (!string.IsNullOrEmpty(domain?.StringValue) || !string.IsNullOrEmpty(customDomain?.StringValue)) part.HasDomain = true;
            return null;
        }

        /// <summary>Describe output writes custom attributes as <c>custom:name</c> (and developer-only ones as <c>dev:custom:name</c>).</summary>
        private static (string Name, bool IsCustom) SplitCustom(string name)
        {
            if (name.StartsWith("dev:custom:", StringComparison.Ordinal)) return (name.Substring("dev:custom:".Length), true);
            if (name.StartsWith("custom:", StringComparison.Ordinal)) return (name.Substring("custom:".Length), true);
            return (name, false);
        }

        /// <summary>list-resource-servers: <c>{"ResourceServers": [{"UserPoolId", "Identifier", "Name", "Scopes": [{"ScopeName", …}]}], "NextToken"?}</c>.</summary>
        private static Problem? ReadResourceServers(JsonTreeNode root, JsonTreeNode servers, Part part)
        {
            if (ExpectKind(servers, "ResourceServers", JsonTreeKind.Array, root) is { } p0) return p0;
            part.ResourceServers = new List<ResourceServer>();
            for (var i = 0; i < servers.Items.Count; i++)
            {
                var item = servers.Items[i];
                var path = $"ResourceServers[{i}]";
                if (ExpectKind(item, path, JsonTreeKind.Object, servers) is { } p1) return p1;
                var identifier = item["Identifier"];
                if (identifier is null) return new Problem(item, path + ": has no Identifier");
                if (First(ExpectKind(identifier, path + ".Identifier", JsonTreeKind.String, item), ExpectKind(item["Name"], path + ".Name", JsonTreeKind.String, item), ExpectKind(item["UserPoolId"], path + ".UserPoolId", JsonTreeKind.String, item)) is { } p2) return p2;
                if (item["UserPoolId"]?.StringValue is { } poolId)
                {
                    if (part.PoolId is not null && part.PoolId != poolId)
                        return new Problem(item["UserPoolId"]!, $"{path}.UserPoolId: \"{poolId}\" differs from \"{part.PoolId}\" earlier in the same list");
                    part.PoolId = poolId;
                }

                var scopes = item["Scopes"];
                if (ExpectKind(scopes, path + ".Scopes", JsonTreeKind.Array, item) is { } p3) return p3;
                var names = new List<string>();
                for (var j = 0; scopes is not null && j < scopes.Items.Count; j++)
                {
                    var scope = scopes.Items[j];
                    var scopePath = $"{path}.Scopes[{j}]";
                    if (ExpectKind(scope, scopePath, JsonTreeKind.Object, scopes) is { } p4) return p4;
                    var scopeName = scope["ScopeName"];
                    if (scopeName is null) return new Problem(scope, scopePath + ": has no ScopeName");
                    if (ExpectKind(scopeName, scopePath + ".ScopeName", JsonTreeKind.String, scope) is { } p5) return p5;
                    names.Add(scopeName.StringValue!);
                }

                part.ResourceServers.Add(new ResourceServer(identifier.StringValue!, item["Name"]?.StringValue, new EquatableArray<string>(names)));
            }

            part.ResourceServersIncomplete = Paged(root, part, "list-resource-servers", "resource servers");
            return null;
        }

        /// <summary>list-identity-providers: <c>{"Providers": [{"ProviderName", "ProviderType", …}], "NextToken"?}</c>.</summary>
        private static Problem? ReadProviders(JsonTreeNode root, JsonTreeNode providers, Part part)
        {
            if (ExpectKind(providers, "Providers", JsonTreeKind.Array, root) is { } p0) return p0;
            part.IdentityProviders = new List<string>();
            for (var i = 0; i < providers.Items.Count; i++)
            {
                var item = providers.Items[i];
                var path = $"Providers[{i}]";
                if (ExpectKind(item, path, JsonTreeKind.Object, providers) is { } p1) return p1;
                var name = item["ProviderName"];
                if (name is null) return new Problem(item, path + ": has no ProviderName");
                if (ExpectKind(name, path + ".ProviderName", JsonTreeKind.String, item) is { } p2) return p2;
                part.IdentityProviders.Add(name.StringValue!);
            }

            part.IdentityProvidersIncomplete = Paged(root, part, "list-identity-providers", "identity providers");
            return null;
        }

        /// <summary>A NextToken means the file holds one page only: the list is read but left unknown, with a note.</summary>
        private static bool Paged(JsonTreeNode root, Part part, string command, string what)
        {
            var next = root["NextToken"];
            if (next is null || (next.Kind == JsonTreeKind.String && string.IsNullOrEmpty(next.StringValue))) return false;
            part.Note(next,
                $"holds one page of {command} (it has a NextToken), so the pool's {what} stay unknown and are not checked; " +
                $"run {command} without --max-items so the AWS CLI fetches every page");
            return true;
        }

        /// <summary>describe-user-pool-domain: <c>{"DomainDescription": {"UserPoolId", "Domain", …}}</c>; <c>{}</c> when the pool has no such domain.</summary>
        private static Problem? ReadDomain(JsonTreeNode description, Part part)
        {
            if (ExpectKind(description, "DomainDescription", JsonTreeKind.Object, description) is { } p0) return p0;
            var domain = description["Domain"];
            var poolId = description["UserPoolId"];
            if (First(ExpectKind(domain, "DomainDescription.Domain", JsonTreeKind.String, description), ExpectKind(poolId, "DomainDescription.UserPoolId", JsonTreeKind.String, description)) is { } p1) return p1;
            part.PoolId = poolId?.StringValue;
            part.HasDomain = !string.IsNullOrEmpty(domain?.StringValue);
            return null;
        }

        /// <summary>describe-user-pool-client: read by the app client reader, which knows every member of the client.</summary>
        private static Problem? ReadClient(string text, JsonTreeNode client, Part part)
        {
            if (ExpectKind(client, "UserPoolClient", JsonTreeKind.Object, client) is { } p0) return p0;
            UserPoolClientDocument document;
            try
            {
                document = UserPoolClientDefinition.FromJson(text);
            }
            catch (UserPoolClientJsonException e)
            {
                return Problem.At(Math.Max(1, e.Line), Math.Max(1, e.Column), "not a describe-user-pool-client output the app client reader accepts: " + e.Message);
            }

            if (document.ClientId is null) return new Problem(client, "UserPoolClient: has no ClientId, so the deployed client cannot be matched to an update");
            part.PoolId = document.UserPoolId;
            part.Clients = new List<DeployedClient> { new(document.ClientId, client["ClientSecret"] is not null, document.Definition) };
            return null;
        }
    }
}
