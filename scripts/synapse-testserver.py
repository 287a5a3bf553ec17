#!/usr/bin/env python3
"""synapse-testserver.py — a throw-away Synapse homeserver on 127.0.0.1 for Flowlearn's tests.

Run it with the venv's interpreter (scripts/ensure-synapse-venv.sh creates it; if started with
another python it re-executes itself with <repo>/.venv/bin/python):

  .venv/bin/python scripts/synapse-testserver.py start --dir DIR [--users bot,employee,manager]
        [--room-version N] [--owner-pid PID] [--timeout 60] [--log-level INFO]
      Wipes any earlier server files in DIR (refuses while that server still runs), writes a config
      (server_name `localhost`, SQLite in DIR, one HTTP listener on a free 127.0.0.1 port, no TLS,
      no federation, registration closed, presence off, every rate limit relaxed, bcrypt_rounds 4,
      no /sync response cache), starts Synapse in the background (pid in DIR/synapse.pid, output in
      DIR/synapse.out, log in DIR/homeserver.log), waits for GET /_matrix/client/versions, registers
      an admin user `admin` plus each --users name (random passwords) through the shared-secret
      admin API, lifts all rate limits of every user (admin override_ratelimit API) and prints ONE
      JSON object on stdout (also written to DIR/server.json):
        {"homeserver": "http://127.0.0.1:PORT", "server_name": "localhost", "port": PORT,
         "pid": N, "dir": "/abs/DIR", "synapse_version": "1.163.2", "room_version": "12",
         "users": {"bot": {"user_id": "@bot:localhost", "access_token": "...",
                           "password": "...", "device_id": "..."}, ...},
         "admin": {"user_id": "@admin:localhost", "access_token": "...", "password": "...", ...}}
      --owner-pid PID: a small watchdog stops Synapse when process PID exits (pass the test
      runner's own pid so a crashed or killed test run does not leak a homeserver).
      --room-version: default_room_version (Synapse's default is 12, whose room ids are `!opaque`
      without `:server`).
  .venv/bin/python scripts/synapse-testserver.py stop --dir DIR
      SIGTERM, wait up to 15 s, then SIGKILL. Exit 0 also when it was not running.
  .venv/bin/python scripts/synapse-testserver.py restart --dir DIR [--timeout 60]
      Stops it if running, starts it again on the SAME port with the same database (users and
      access tokens stay valid), waits until ready, rewrites DIR/server.json with the new pid and
      prints it. Exit 0 when ready.

Exit status 1 on any failure, with the reason (and the tail of the log) on stderr.
"""

import argparse
import hashlib
import hmac
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, ".venv")
SERVER_NAME = "localhost"
ADMIN = "admin"
DEFAULT_USERS = "bot,employee,manager"

# Files `start` owns in DIR (removed before a fresh start).
OWNED = [
    "homeserver.yaml", "log.config", "signing.key", "homeserver.db", "homeserver.db-wal",
    "homeserver.db-shm", "homeserver.db-journal", "homeserver.log", "synapse.out",
    "synapse.pid", "server.json", "watchdog.pid", "owner.pid",
]
OWNED_DIRS = ["media_store"]

# Far beyond anything a test does; 0 would mean "nothing allowed" for Synapse's limiters.
UNLIMITED = {"per_second": 100000, "burst_count": 100000}

# No proxies for 127.0.0.1 whatever http_proxy says.
_http = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def log(msg):
    print("synapse-testserver: " + msg, file=sys.stderr, flush=True)


def die(msg, d=None):
    log(msg)
    if d:
        tail(d)
    sys.exit(1)


def tail(d, lines=40):
    for name in ("synapse.out", "homeserver.log"):
        p = os.path.join(d, name)
        try:
            with open(p, "rb") as f:
                f.seek(0, 2)
                f.seek(max(0, f.tell() - 64 * 1024))
                text = f.read().decode("utf-8", "replace").splitlines()[-lines:]
        except OSError:
            continue
        if text:
            print("----- tail of %s -----" % p, file=sys.stderr)
            print("\n".join(text), file=sys.stderr, flush=True)


def ensure_venv_python():
    """Synapse must run under the venv's interpreter (sys.executable is what we launch)."""
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        return
    py = os.path.join(VENV, "bin", "python")
    if not os.path.exists(py):
        die("%s is missing; run scripts/ensure-synapse-venv.sh first" % py)
    os.execv(py, [py, os.path.abspath(__file__)] + sys.argv[1:])


# ---------------------------------------------------------------- processes

def read_pid(path):
    try:
        with open(path) as f:
            return int(f.read().strip())
    except (OSError, ValueError):
        return None


def alive(pid, needle=None):
    """True when pid runs (not a zombie) and, if given, its command line contains needle."""
    if not pid:
        return False
    try:
        with open("/proc/%d/stat" % pid) as f:
            state = f.read().rsplit(")", 1)[1].split()[0]
        if state in ("Z", "X"):
            return False
        if needle is not None:
            with open("/proc/%d/cmdline" % pid, "rb") as f:
                if needle.encode() not in f.read():
                    return False
        return True
    except (OSError, IndexError):
        try:
            os.kill(pid, 0)  # no /proc (not Linux): best effort
            return needle is None
        except OSError:
            return False


def synapse_pid(d):
    """The pid of the Synapse running from DIR's config, or None."""
    pid = read_pid(os.path.join(d, "synapse.pid"))
    return pid if alive(pid, os.path.join(d, "homeserver.yaml")) else None


def terminate(pid, needle, grace=15.0):
    try:
        os.kill(pid, signal.SIGTERM)
    except OSError:
        return
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        if not alive(pid, needle):
            return
        time.sleep(0.05)
    log("pid %d ignored SIGTERM for %.0f s; sending SIGKILL" % (pid, grace))
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        return
    for _ in range(100):
        if not alive(pid, needle):
            return
        time.sleep(0.05)


def stop_watchdog(d):
    wpid = read_pid(os.path.join(d, "watchdog.pid"))
    if alive(wpid, "_watch"):
        try:
            os.kill(wpid, signal.SIGTERM)
        except OSError:
            pass
    for name in ("watchdog.pid",):
        try:
            os.unlink(os.path.join(d, name))
        except OSError:
            pass


def stop_server(d):
    stop_watchdog(d)
    pid = synapse_pid(d)
    if pid:
        terminate(pid, os.path.join(d, "homeserver.yaml"))
    try:
        os.unlink(os.path.join(d, "synapse.pid"))
    except OSError:
        pass
    return pid


def spawn_watchdog(d, owner, spid):
    with open(os.devnull, "r+b") as null:
        w = subprocess.Popen(
            [sys.executable, os.path.abspath(__file__), "_watch", "--dir", d,
             "--owner-pid", str(owner), "--synapse-pid", str(spid)],
            stdin=null, stdout=null, stderr=null, start_new_session=True, close_fds=True)
    write(os.path.join(d, "watchdog.pid"), "%d\n" % w.pid)


def cmd_watch(a):
    """Hidden: stop Synapse when the owner process goes away; exit when Synapse does."""
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    needle = os.path.join(a.dir, "homeserver.yaml")
    while True:
        if not alive(a.synapse_pid, needle):
            return 0
        if not alive(a.owner_pid):
            terminate(a.synapse_pid, needle)
            for name in ("synapse.pid", "watchdog.pid"):
                try:
                    os.unlink(os.path.join(a.dir, name))
                except OSError:
                    pass
            return 0
        time.sleep(0.5)


# ---------------------------------------------------------------- config

def write(path, text, mode=0o644):
    tmp = path + ".tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "w") as f:
        f.write(text)
    os.replace(tmp, path)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_config(d, port, room_version, log_level):
    """homeserver.yaml and log.config, written as JSON (a subset of YAML)."""
    j = lambda name: os.path.join(d, name)
    config = {
        "server_name": SERVER_NAME,
        "public_baseurl": "http://127.0.0.1:%d/" % port,
        "listeners": [{
            "port": port, "bind_addresses": ["127.0.0.1"], "type": "http", "tls": False,
            "x_forwarded": False, "resources": [{"names": ["client"], "compress": False}],
        }],
        "database": {"name": "sqlite3", "args": {"database": j("homeserver.db")}},
        "log_config": j("log.config"),
        "media_store_path": j("media_store"),
        "signing_key_path": j("signing.key"),
        "report_stats": False,
        "enable_metrics": False,
        "enable_registration": False,
        "registration_shared_secret": secrets.token_hex(32),
        "macaroon_secret_key": secrets.token_hex(32),
        "form_secret": secrets.token_hex(32),
        "bcrypt_rounds": 4,  # registration/login in ms instead of ~0.3 s
        # Federation: no listener, no outbound federation, no notary servers.
        "federation_domain_whitelist": [],
        "trusted_key_servers": [],
        "suppress_key_server_warning": True,
        "allow_profile_lookup_over_federation": False,
        "presence": {"enabled": False},
        "url_preview_enabled": False,
        "caches": {"sync_response_cache_duration": 0},
        "background_updates": {"sleep_enabled": False},
        "rc_message": UNLIMITED,
        "rc_registration": UNLIMITED,
        "rc_registration_token_validity": UNLIMITED,
        "rc_login": {"address": UNLIMITED, "account": UNLIMITED, "failed_attempts": UNLIMITED},
        "rc_admin_redaction": UNLIMITED,
        "rc_joins": {"local": UNLIMITED, "remote": UNLIMITED},
        "rc_joins_per_room": UNLIMITED,
        "rc_3pid_validation": UNLIMITED,
        "rc_invites": {"per_room": UNLIMITED, "per_user": UNLIMITED, "per_issuer": UNLIMITED},
        "rc_third_party_invite": UNLIMITED,
        "rc_key_requests": UNLIMITED,
        "rc_media_create": UNLIMITED,
        "rc_presence": {"per_user": UNLIMITED},
        "rc_delayed_event_mgmt": UNLIMITED,
        "rc_room_creation": UNLIMITED,
        "rc_reports": UNLIMITED,
        "rc_user_directory": UNLIMITED,
        "rc_profile": UNLIMITED,
        "rc_federation": {"window_size": 1000, "sleep_limit": 100000, "sleep_delay": 1,
                          "reject_limit": 100000, "concurrent": 100},
    }
    if room_version:
        config["default_room_version"] = str(room_version)
    write(j("homeserver.yaml"), json.dumps(config, indent=2) + "\n", 0o600)
    logcfg = {
        "version": 1,
        "formatters": {"precise": {"format": "%(asctime)s - %(name)s - %(lineno)d - "
                                             "%(levelname)s - %(request)s - %(message)s"}},
        "handlers": {"file": {"class": "logging.FileHandler", "formatter": "precise",
                              "filename": j("homeserver.log"), "encoding": "utf8"}},
        "loggers": {"synapse.storage.SQL": {"level": "WARNING"}},
        "root": {"level": log_level, "handlers": ["file"]},
        "disable_existing_loggers": False,
    }
    write(j("log.config"), json.dumps(logcfg, indent=2) + "\n")
    return config


def write_signing_key(d):
    from signedjson.key import generate_signing_key, write_signing_keys
    key = generate_signing_key("a_" + secrets.token_hex(2))
    path = os.path.join(d, "signing.key")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        write_signing_keys(f, [key])


def synapse_version():
    from importlib.metadata import version
    return version("matrix-synapse")


# ---------------------------------------------------------------- HTTP

def request(method, url, body=None, token=None, timeout=10):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    try:
        with _http.open(req, timeout=timeout) as r:
            return r.status, json.loads(r.read() or b"{}")
    except urllib.error.HTTPError as e:
        raw = e.read()
        try:
            return e.code, json.loads(raw)
        except ValueError:
            return e.code, {"raw": raw.decode("utf-8", "replace")}


def launch(d):
    """Start Synapse detached; returns the Popen."""
    env = dict(os.environ)
    # Synapse otherwise runs `git describe --dirty` etc. in its package dir — inside this repo.
    env["SYNAPSE_VERSION_STRING"] = synapse_version()
    env["GIT_OPTIONAL_LOCKS"] = "0"
    for k in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        env.pop(k, None)
    out = open(os.path.join(d, "synapse.out"), "ab")
    try:
        p = subprocess.Popen(
            [sys.executable, "-m", "synapse.app.homeserver", "-c", os.path.join(d, "homeserver.yaml")],
            cwd=d, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True, close_fds=True)
    finally:
        out.close()
    write(os.path.join(d, "synapse.pid"), "%d\n" % p.pid)
    return p


def wait_ready(d, proc, base, timeout):
    """True when /versions answers; False if Synapse exited; dies on timeout."""
    deadline = time.monotonic() + timeout
    url = base + "/_matrix/client/versions"
    while True:
        if proc.poll() is not None:
            return False
        try:
            with _http.open(url, timeout=2) as r:
                if r.status == 200:
                    return True
        except (urllib.error.URLError, OSError):
            pass
        if time.monotonic() > deadline:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
            die("Synapse did not answer %s within %.0f s" % (url, timeout), d)
        time.sleep(0.03)


def out_size(d):
    try:
        return os.path.getsize(os.path.join(d, "synapse.out"))
    except OSError:
        return 0


def port_clash(d, since):
    """Did the Synapse that wrote synapse.out from offset `since` on fail to bind its port?"""
    try:
        with open(os.path.join(d, "synapse.out"), "rb") as f:
            f.seek(since)
            text = f.read().decode("utf-8", "replace")
    except OSError:
        text = ""
    return "Address already in use" in text or "CannotListenError" in text


def register(base, secret, user, password, admin):
    status, body = request("GET", base + "/_synapse/admin/v1/register")
    if status != 200:
        raise RuntimeError("GET register nonce: %s %s" % (status, body))
    nonce = body["nonce"]
    mac = hmac.new(secret.encode(), digestmod=hashlib.sha1)
    for part in (nonce, user, password):
        mac.update(part.encode("utf8"))
        mac.update(b"\x00")
    mac.update(b"admin" if admin else b"notadmin")
    status, body = request("POST", base + "/_synapse/admin/v1/register", {
        "nonce": nonce, "username": user, "password": password, "admin": admin,
        "mac": mac.hexdigest()})
    if status != 200:
        raise RuntimeError("register %s: %s %s" % (user, status, body))
    return {"user_id": body["user_id"], "access_token": body["access_token"],
            "password": password, "device_id": body.get("device_id")}


def unlimit(base, admin_token, user_id):
    status, body = request(
        "POST", base + "/_synapse/admin/v1/users/%s/override_ratelimit" % urllib.request.quote(user_id),
        {"messages_per_second": 0, "burst_count": 0}, token=admin_token)
    if status != 200:
        raise RuntimeError("override_ratelimit %s: %s %s" % (user_id, status, body))


# ---------------------------------------------------------------- commands

def cmd_start(a):
    ensure_venv_python()
    t0 = time.monotonic()
    d = os.path.abspath(a.dir)
    os.makedirs(d, exist_ok=True)
    if synapse_pid(d):
        die("a Synapse from %s is still running (pid %d); stop it first" % (d, synapse_pid(d)))
    users = [u.strip() for u in a.users.split(",") if u.strip()]
    for u in users:
        if not u or any(c not in "abcdefghijklmnopqrstuvwxyz0123456789._=-/" for c in u):
            die("invalid user name %r (Matrix localparts are lower-case a-z 0-9 . _ = - /)" % u)
    stop_watchdog(d)
    for name in OWNED:
        try:
            os.unlink(os.path.join(d, name))
        except FileNotFoundError:
            pass
    for name in OWNED_DIRS:
        shutil.rmtree(os.path.join(d, name), ignore_errors=True)
    os.makedirs(os.path.join(d, "media_store"), exist_ok=True)
    write_signing_key(d)

    for attempt in range(5):  # another process may grab the free port before Synapse binds it
        port = free_port()
        config = write_config(d, port, a.room_version, a.log_level)
        base = "http://127.0.0.1:%d" % port
        offset = out_size(d)
        proc = launch(d)
        if wait_ready(d, proc, base, a.timeout):
            break
        if not port_clash(d, offset) or attempt == 4:
            die("Synapse exited with status %s during startup" % proc.returncode, d)
        log("port %d was taken; retrying on another one" % port)
    t_ready = time.monotonic()

    secret = config["registration_shared_secret"]
    try:
        admin = register(base, secret, ADMIN, secrets.token_urlsafe(18), True)
        out_users = {}
        for u in users:
            out_users[u] = admin if u == ADMIN else register(base, secret, u, secrets.token_urlsafe(18), False)
        for info in [admin] + [v for k, v in out_users.items() if k != ADMIN]:
            unlimit(base, admin["access_token"], info["user_id"])
    except (RuntimeError, OSError, KeyError, ValueError) as e:
        stop_server(d)
        die("registering users failed: %s" % e, d)

    if a.owner_pid:
        write(os.path.join(d, "owner.pid"), "%d\n" % a.owner_pid)
        spawn_watchdog(d, a.owner_pid, proc.pid)
    info = {
        "homeserver": base, "server_name": SERVER_NAME, "port": port, "pid": proc.pid, "dir": d,
        "synapse_version": synapse_version(),
        "room_version": str(a.room_version) if a.room_version else None,
        "users": out_users, "admin": admin,
    }
    if info["room_version"] is None:
        status, caps = request("GET", base + "/_matrix/client/v3/capabilities", token=admin["access_token"])
        info["room_version"] = caps.get("capabilities", {}).get("m.room_versions", {}).get("default")
    text = json.dumps(info, indent=2)
    write(os.path.join(d, "server.json"), text + "\n", 0o600)
    print(text, flush=True)
    log("ready at %s (pid %d): up in %.2f s, users in %.2f s" % (
        base, proc.pid, t_ready - t0, time.monotonic() - t_ready))
    return 0


def load_info(d):
    try:
        with open(os.path.join(d, "server.json")) as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        die("no usable %s (run `start` first): %s" % (os.path.join(d, "server.json"), e))


def cmd_restart(a):
    ensure_venv_python()
    t0 = time.monotonic()
    d = os.path.abspath(a.dir)
    info = load_info(d)
    if not os.path.exists(os.path.join(d, "homeserver.yaml")):
        die("%s has no homeserver.yaml; run `start` first" % d)
    stop_server(d)
    offset = out_size(d)
    proc = launch(d)
    if not wait_ready(d, proc, info["homeserver"], a.timeout):
        if port_clash(d, offset):
            die("port %d is taken by another process; cannot restart on it" % info["port"], d)
        die("Synapse exited with status %s during startup" % proc.returncode, d)
    info["pid"] = proc.pid
    owner = read_pid(os.path.join(d, "owner.pid"))
    if owner and alive(owner):
        spawn_watchdog(d, owner, proc.pid)
    text = json.dumps(info, indent=2)
    write(os.path.join(d, "server.json"), text + "\n", 0o600)
    print(text, flush=True)
    log("restarted at %s (pid %d) in %.2f s" % (info["homeserver"], proc.pid, time.monotonic() - t0))
    return 0


def cmd_stop(a):
    d = os.path.abspath(a.dir)
    pid = stop_server(d)
    if pid:
        log("stopped pid %d" % pid)
    return 0


def main():
    p = argparse.ArgumentParser(description="Throw-away Synapse for tests (see the module docstring).")
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("start", help="configure a fresh server in DIR, start it, register users")
    s.add_argument("--dir", required=True)
    s.add_argument("--users", default=DEFAULT_USERS, help="comma-separated localparts (default %(default)s)")
    s.add_argument("--room-version", default=None, help="default_room_version (default: Synapse's)")
    s.add_argument("--owner-pid", type=int, default=None, help="stop Synapse when this process exits")
    s.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for readiness")
    s.add_argument("--log-level", default="INFO", choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    s.set_defaults(fn=cmd_start)
    r = sub.add_parser("restart", help="(stop and) start DIR's server again on the same port")
    r.add_argument("--dir", required=True)
    r.add_argument("--timeout", type=float, default=60.0)
    r.set_defaults(fn=cmd_restart)
    t = sub.add_parser("stop", help="stop DIR's server (SIGTERM, SIGKILL after 15 s)")
    t.add_argument("--dir", required=True)
    t.set_defaults(fn=cmd_stop)
    w = sub.add_parser("_watch")  # internal: the --owner-pid watchdog
    w.add_argument("--dir", required=True)
    w.add_argument("--owner-pid", type=int, required=True)
    w.add_argument("--synapse-pid", type=int, required=True)
    w.set_defaults(fn=cmd_watch)
    a = p.parse_args()
    sys.exit(a.fn(a))


if __name__ == "__main__":
    main()
