# Sourced by e2e scripts: cognito-local 5.3.0 on a free 127.0.0.1 port, and the AWS CLI pointed at it.
# ensure_aws_cli: installs the AWS CLI from Debian when it is missing.
# install_cognito_local WORK: npm-installs it into WORK/npm.
# start_cognito_local WORK: starts it (log in WORK/server.log), waits until it answers, and sets `port` and
# `server_pid`; fails (exit 1) if it exits first. The caller stops it (stop_cognito_local, from its EXIT trap).
# idp ARGS…: `aws cognito-idp ARGS…` against it, JSON output, bounded to 60 s.
ensure_aws_cli() {
  if ! command -v aws >/dev/null 2>&1; then
    echo "e2e: installing the AWS CLI from Debian"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq awscli >/dev/null
  fi
}

install_cognito_local() {
  timeout 600 npm install --prefix "$1/npm" --no-audit --no-fund --silent cognito-local@5.3.0 >/dev/null
}

start_cognito_local() {
  local work=$1
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  echo "e2e: starting cognito-local on 127.0.0.1:$port"
  (cd "$work" && exec env HOST=127.0.0.1 PORT="$port" "$work/npm/node_modules/.bin/cognito-local" >"$work/server.log" 2>&1) &
  server_pid=$!
  for _ in $(seq 1 120); do
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then break; fi
    if ! kill -0 "$server_pid" 2>/dev/null; then cat "$work/server.log"; echo "e2e: cognito-local exited" >&2; exit 1; fi
    sleep 0.5
  done
  export AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local AWS_DEFAULT_REGION=us-west-2 AWS_PAGER=""
}

stop_cognito_local() {
  if [ -n "${server_pid:-}" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; server_pid=""; fi
}

idp() { timeout 60 aws --endpoint-url "http://127.0.0.1:$port" --output json cognito-idp "$@"; }
