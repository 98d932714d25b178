"""Checks the synthesized AuthStack template against CognitoGen's own outputs and the AWS CLI example.

Usage: check.py OUTDIR SEED_JSON
  OUTDIR     what CdkE2e wrote: AuthStack.template.json, expected.cfn.json, expected.cli.json
  SEED_JSON  the AWS CLI example's request (tests/CognitoGen.Tests/Sample/seed-request.json)
"""
import json
import os
import sys


def fail(message):
    print("e2e cdk: " + message, file=sys.stderr)
    sys.exit(1)


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def one_client(template, where):
    clients = [(k, r) for k, r in template.get("Resources", {}).items() if r.get("Type") == "AWS::Cognito::UserPoolClient"]
    if len(clients) != 1:
        fail(f"{where}: expected exactly one AWS::Cognito::UserPoolClient, found {len(clients)}")
    return clients[0]


def compare(name, actual, expected):
    """Member for member, in both directions, so a missing, extra or different member is named."""
    problems = []
    for key in sorted(set(actual) | set(expected)):
        if key not in actual:
            problems.append(f"  {key}: missing from the synthesized client (expected {json.dumps(expected[key])})")
        elif key not in expected:
            problems.append(f"  {key}: set in the synthesized client ({json.dumps(actual[key])}) but not in {name}")
        elif actual[key] != expected[key]:
            problems.append(f"  {key}: synthesized {json.dumps(actual[key])}, {name} {json.dumps(expected[key])}")
    if problems:
        fail(f"the synthesized client differs from {name}:\n" + "\n".join(problems))


def main():
    outdir, seed_path = sys.argv[1], sys.argv[2]
    template = load(os.path.join(outdir, "AuthStack.template.json"))
    logical_id, resource = one_client(template, "AuthStack.template.json")
    synthesized = dict(resource["Properties"])

    # The pool ID is a token: a Ref to the pool declared in the same stack.
    pools = [k for k, r in template["Resources"].items() if r.get("Type") == "AWS::Cognito::UserPool"]
    if len(pools) != 1:
        fail(f"expected exactly one AWS::Cognito::UserPool, found {len(pools)}")
    if synthesized.pop("UserPoolId", None) != {"Ref": pools[0]}:
        fail(f"client {logical_id}: UserPoolId is {json.dumps(resource['Properties'].get('UserPoolId'))}, not a Ref to {pools[0]}")

    # 1. Equal to what Definition.ToCloudFormationJson() writes (except UserPoolId, a Ref to a parameter there).
    _, cfn = one_client(load(os.path.join(outdir, "expected.cfn.json")), "expected.cfn.json")
    cfn_properties = dict(cfn["Properties"])
    cfn_properties.pop("UserPoolId")
    compare("Definition.ToCloudFormationJson()", synthesized, cfn_properties)

    # 2. The AWS CLI example's request, member for member (CloudFormation names are the API's).
    seed = load(seed_path)
    seed.pop("UserPoolId")
    compare("the AWS CLI example (seed-request.json)", synthesized, seed)

    # 3. And the JSON the sample prints for the CLI, which the e2e/run.sh round trip sends to Cognito.
    cli = load(os.path.join(outdir, "expected.cli.json"))
    cli.pop("UserPoolId")
    compare("Definition.ToCliInputJson()", synthesized, cli)

    print(f"e2e cdk: {logical_id} has the {len(synthesized)} members of the sample client, as CognitoGen and the AWS CLI example say")


if __name__ == "__main__":
    main()
