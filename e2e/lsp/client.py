#!/usr/bin/env python3
"""A small LSP client of our own (stdlib only) that drives csharp-ls over stdio on the consumer app in argv[2].

Asserts behaviour only (never a time): CGEN3004 appears on the callback URL literal's exact range while the URL is
typed character by character and disappears once it is fixed; hover shows XML docs; go to definition of
`Definition` lands in generated source; a class missing `partial` gets CGEN1001. Prints the median edit->diagnostics
latency and writes the exchange it had to argv[3] (a text capture).
Usage: client.py <server command...> -- <app dir> <capture file>
"""
import json, os, statistics, subprocess, sys, threading, time, queue

sep = sys.argv.index("--")
server_cmd, app, capture_path = sys.argv[1:sep], sys.argv[sep + 1], sys.argv[sep + 2]
client_file = os.path.join(app, "Client.cs")
program_file = os.path.join(app, "Program.cs")
uri = lambda p: "file://" + os.path.abspath(p)

proc = subprocess.Popen(server_cmd, cwd=app, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=open(os.path.join(app, "server.err"), "w"), start_new_session=False)
inbox = queue.Queue()
capture = open(capture_path, "w")
t0 = time.monotonic()

def log(direction, msg):
    capture.write(f"[{time.monotonic() - t0:8.3f}s] {direction} {json.dumps(msg)}\n")

def reader():
    out = proc.stdout
    while True:
        headers = {}
        while True:
            line = out.readline()
            if not line:
                inbox.put(None); return
            line = line.decode().strip()
            if not line: break
            k, v = line.split(":", 1); headers[k.lower()] = v.strip()
        body = json.loads(out.read(int(headers["content-length"])))
        inbox.put(body)

threading.Thread(target=reader, daemon=True).start()
next_id = [0]
config = {"csharp": {"analyzersEnabled": True, "useMetadataUris": True}}

def send(msg):
    log("-->", msg)
    data = json.dumps(msg).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data); proc.stdin.flush()

def notify(method, params): send({"jsonrpc": "2.0", "method": method, "params": params})

diagnostics = {}  # uri -> (time, list)
pending = {}
pull_registered = [False]

def handle(msg):
    if msg is None: raise SystemExit("lsp: the server exited")
    if "method" in msg and "id" in msg:  # server -> client request
        m = msg["method"]
        if m == "client/registerCapability":
            for reg in msg["params"]["registrations"]:
                if reg["method"] == "textDocument/diagnostic": pull_registered[0] = True
            result = None
        elif m == "workspace/configuration":
            result = [config.get(i.get("section", ""), None) if "." not in i.get("section", "") else
                      config.get(i["section"].split(".")[0], {}).get(i["section"].split(".", 1)[1]) for i in msg["params"]["items"]]
            result = [config if (i.get("section") in (None, "")) else r for i, r in zip(msg["params"]["items"], result)]
        else:
            result = None
        log("<--", msg); send({"jsonrpc": "2.0", "id": msg["id"], "result": result}); return
    if msg.get("method") in ("window/logMessage", "$/progress", "window/showMessage"):
        log("<--", msg) if msg.get("method") != "$/progress" else None
        return
    log("<--", msg)
    if msg.get("method") == "textDocument/publishDiagnostics":
        diagnostics[msg["params"]["uri"]] = (time.monotonic(), msg["params"]["diagnostics"])
    elif "id" in msg and "method" not in msg:
        pending[msg["id"]] = msg

def pump(timeout):
    try: handle(inbox.get(timeout=timeout))
    except queue.Empty: pass

def request(method, params, timeout=120):
    next_id[0] += 1; i = next_id[0]
    send({"jsonrpc": "2.0", "id": i, "method": method, "params": params})
    end = time.monotonic() + timeout
    while i not in pending:
        if time.monotonic() > end: raise SystemExit(f"lsp: no answer to {method} in {timeout}s")
        pump(0.5)
    r = pending.pop(i)
    if "error" in r: raise SystemExit(f"lsp: {method} failed: {r['error']}")
    return r.get("result")

failures = []
def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what, flush=True)
    if not cond: failures.append(what)

init = request("initialize", {
    "processId": os.getpid(), "rootUri": uri(app), "workspaceFolders": [{"uri": uri(app), "name": "app"}],
    "initializationOptions": config,
    "capabilities": {"workspace": {"configuration": True, "didChangeConfiguration": {"dynamicRegistration": True}},
                     "textDocument": {"publishDiagnostics": {}, "diagnostic": {"dynamicRegistration": True},
                                      "hover": {"contentFormat": ["markdown", "plaintext"]},
                                      "definition": {}, "synchronization": {"didSave": True}},
                     "window": {"workDoneProgress": True}}})
pull = bool(init["capabilities"].get("diagnosticProvider"))
notify("initialized", {})
notify("workspace/didChangeConfiguration", {"settings": config})

text = open(client_file).read()
version = [1]
notify("textDocument/didOpen", {"textDocument": {"uri": uri(client_file), "languageId": "csharp", "version": 1, "text": text}})
program_text = open(program_file).read()
notify("textDocument/didOpen", {"textDocument": {"uri": uri(program_file), "languageId": "csharp", "version": 1, "text": program_text}})

def pos_of(src, needle, delta=0):
    i = src.index(needle) + delta
    line = src.count("\n", 0, i); col = i - (src.rfind("\n", 0, i) + 1)
    return {"line": line, "character": col}

def current_diags(u):
    if pull or pull_registered[0]:
        r = request("textDocument/diagnostic", {"textDocument": {"uri": u}})
        return (r or {}).get("items", [])
    return diagnostics.get(u, (0, []))[1]

# Wait for the workspace: hover on Definition answers with the generated member's docs once the project is loaded.
hover_pos = pos_of(program_text, "Definition")
end = time.monotonic() + 240
hover = None
while time.monotonic() < end:
    hover = request("textDocument/hover", {"textDocument": {"uri": uri(program_file)}, "position": hover_pos})
    if hover and "Definition" in json.dumps(hover): break
    time.sleep(1)
print("lsp: workspace loaded after %.1fs (pull diagnostics: %s)" % (time.monotonic() - t0, pull or pull_registered[0]), flush=True)
hv = json.dumps(hover)
check(hover is not None and "UserPoolClientDefinition" in hv and "attributes on this class declare" in hv, "hover on WebAppClient.Definition shows its XML docs: " + hv[:200])

attr_hover = request("textDocument/hover", {"textDocument": {"uri": uri(client_file)}, "position": pos_of(text, "UserPoolClient(", 2)})
ah = json.dumps(attr_hover)
check(attr_hover is not None and "Declares the client" in ah, "hover on [UserPoolClient] shows its XML docs: " + ah[:200])

for _ in range(10):
    defn = request("textDocument/definition", {"textDocument": {"uri": uri(program_file)}, "position": hover_pos})
    if defn: break
    time.sleep(1)
locs = defn if isinstance(defn, list) else ([defn] if defn else [])
dj = json.dumps(locs)
check(any(l.get("uri", l.get("targetUri", "")) not in (uri(client_file), uri(program_file)) and
          ("g.cs" in l.get("uri", l.get("targetUri", "")) or "generated" in l.get("uri", l.get("targetUri", "")).lower())
          for l in locs), "go to definition of Definition lands in generated source: " + dj[:300])

# Type a bad callback URL one character at a time inside the empty literal.
latencies = []
def edit(offset_text, insert):
    global text
    p = pos_of(text, offset_text[0], offset_text[1])
    i = text.index(offset_text[0]) + offset_text[1]
    text = text[:i] + insert + text[i:]
    version[0] += 1
    started = time.monotonic()
    notify("textDocument/didChange", {"textDocument": {"uri": uri(client_file), "version": version[0]},
                                      "contentChanges": [{"range": {"start": p, "end": p}, "text": insert}]})
    return started

def wait_diags(started, want, timeout=20):
    """Diagnostics for the current text; want(diags) tells when the expected state is reached (bounded)."""
    end = time.monotonic() + timeout
    while True:
        if pull or pull_registered[0]:
            d = current_diags(uri(client_file))
        else:
            pump(0.2)
            t, d = diagnostics.get(uri(client_file), (0, []))
            if t < started: d = None
        if d is not None and want(d):
            return d, time.monotonic() - started
        if time.monotonic() > end: return d or [], None
        if pull or pull_registered[0]: time.sleep(0.05)

cgen = lambda d, id_: [x for x in d if x.get("code") == id_]
url = "http://app.example.com/cb"
marker = 'CallbackUrl("'
typed = ""
for ch in url:
    started = edit((marker, len(marker) + len(typed)), ch); typed += ch
    # Once the literal is "http://x", the rule has to fire; before that it must not (not yet an http URL to a host).
    if typed.startswith("http://") and len(typed) > len("http://"):
        d, lat = wait_diags(started, lambda d: len(cgen(d, "CGEN3004")) > 0)
        if lat is not None: latencies.append(lat)
    else:
        time.sleep(0.02)
d, _ = wait_diags(started, lambda d: len(cgen(d, "CGEN3004")) == 1)
hits = cgen(d, "CGEN3004")
lit = '"' + url + '"'
start = pos_of(text, lit); endp = pos_of(text, lit, len(lit))
check(len(hits) == 1 and hits[0]["range"] == {"start": start, "end": endp},
      f"CGEN3004 on the literal's exact range {start}-{endp}: {json.dumps(hits)[:300]}")
check(len(hits) == 1 and url in hits[0].get("message", ""), "CGEN3004's message quotes the URL")

started = edit((marker, len(marker) + len("http")), "s")
d, lat = wait_diags(started, lambda d: not cgen(d, "CGEN3004"))
if lat is not None: latencies.append(lat)
check(lat is not None, "CGEN3004 disappears once the URL is https://: " + json.dumps(cgen(d, "CGEN3004"))[:200])

# Remove `partial` from the class: CGEN1001.
p = pos_of(text, "partial class"); i = text.index("partial ")
version[0] += 1; started = time.monotonic()
text = text[:i] + text[i + len("partial "):]
notify("textDocument/didChange", {"textDocument": {"uri": uri(client_file), "version": version[0]},
                                  "contentChanges": [{"range": {"start": p, "end": {"line": p["line"], "character": p["character"] + len("partial ")}}, "text": ""}]})
d, lat = wait_diags(started, lambda d: len(cgen(d, "CGEN1001")) > 0)
if lat is not None: latencies.append(lat)
check(lat is not None, "a class missing partial gets CGEN1001: " + json.dumps(cgen(d, "CGEN1001"))[:300])

if latencies:
    print("lsp: edit->diagnostics latency over %d edits: median %.0f ms, min %.0f ms, max %.0f ms" % (
        len(latencies), 1000 * statistics.median(latencies), 1000 * min(latencies), 1000 * max(latencies)), flush=True)

try:
    request("shutdown", None, timeout=20); notify("exit", None)
    proc.wait(timeout=20)
except Exception:
    pass
finally:
    if proc.poll() is None: proc.kill()
    capture.close()
sys.exit(1 if failures else 0)
