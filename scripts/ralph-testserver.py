#!/usr/bin/env python3
"""ralph-testserver.py: a real Ralph learning record store on 127.0.0.1 for the xAPI tests.

    .venv/bin/python scripts/ralph-testserver.py start --dir DIR [--port N] [--owner-pid PID]
    .venv/bin/python scripts/ralph-testserver.py stop --dir DIR

`start` makes DIR/app (RALPH_APP_DIR) with one LRS user made by `ralph auth ... -w` (only the
first time: a restart keeps the user and the statements), starts `ralph runserver -b fs` with
its statements in DIR/data, waits until it answers, and prints one JSON line: endpoint,
username, password, port, pid and the statements file. `stop` ends that server (its whole
process group) and waits for it. With --owner-pid the server also ends when that process does,
so a crashed test run leaks no server.

Ralph 5.1.0's file-system backend writes its statements file with operation type `create`,
which refuses every write after the first one ("already exists and overwrite is not allowed");
the fs LRS is meant for development. DIR/patch/sitecustomize.py, on PYTHONPATH for the server's
processes only, makes that backend append instead, and carries the owner watchdog.
"""
import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import base64

USERNAME = "flowlearn"
PASSWORD = "flowlearn-test-password"

SITECUSTOMIZE = '''
import os, threading, time
try:
    from ralph.backends.data.base import BaseOperationType
    from ralph.backends.data.fs import FSDataBackend
    FSDataBackend.default_operation_type = BaseOperationType.APPEND
except Exception:
    pass
_owner = int(os.environ.get("FLOWLEARN_RALPH_OWNER_PID", "0") or 0)
if _owner:
    def _watch():
        while True:
            try:
                os.kill(_owner, 0)
            except ProcessLookupError:
                os._exit(0)
            except PermissionError:
                pass
            time.sleep(1)
    threading.Thread(target=_watch, daemon=True).start()
'''


def paths(directory):
    return {
        "app": os.path.join(directory, "app"),
        "data": os.path.join(directory, "data"),
        "patch": os.path.join(directory, "patch"),
        "pid": os.path.join(directory, "server.pid"),
        "port": os.path.join(directory, "server.port"),
        "log": os.path.join(directory, "server.log"),
    }


def environment(directory, owner):
    p = paths(directory)
    env = dict(os.environ)
    env.update({
        "RALPH_APP_DIR": p["app"],
        "RALPH_RUNSERVER_BACKEND": "fs",
        "RALPH_BACKENDS__DATA__FS__DEFAULT_DIRECTORY_PATH": p["data"],
        "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": p["data"],
        "PYTHONPATH": p["patch"] + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else ""),
        "FLOWLEARN_RALPH_OWNER_PID": str(owner or 0),
        "NO_PROXY": "127.0.0.1,localhost",
        "no_proxy": "127.0.0.1,localhost",
    })
    return env


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ralph_command():
    return os.path.join(os.path.dirname(sys.executable), "ralph")


def answers(port):
    request = urllib.request.Request(f"http://127.0.0.1:{port}/xAPI/statements?limit=1", headers={
        "X-Experience-API-Version": "1.0.3",
        "Authorization": "Basic " + base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode(),
    })
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status == 200
    except Exception:
        return False


def start(args):
    directory = os.path.abspath(args.dir)
    p = paths(directory)
    for key in ("app", "data", "patch"):
        os.makedirs(p[key], exist_ok=True)
    with open(os.path.join(p["patch"], "sitecustomize.py"), "w") as f:
        f.write(SITECUSTOMIZE)
    env = environment(directory, args.owner_pid)
    if not os.path.exists(os.path.join(p["app"], "auth.json")):
        subprocess.run([ralph_command(), "auth", "-u", USERNAME, "-p", PASSWORD, "-s", "all",
                        "-M", "mailto:flowlearn-test@example.org", "-w"],
                       env=env, cwd=directory, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    port = args.port or (int(open(p["port"]).read()) if os.path.exists(p["port"]) else free_port())
    with open(p["log"], "a") as log:
        process = subprocess.Popen([ralph_command(), "runserver", "-b", "fs", "-h", "127.0.0.1", "-p", str(port)],
                                   env=env, cwd=directory, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                   start_new_session=True)
    with open(p["pid"], "w") as f:
        f.write(str(process.pid))
    with open(p["port"], "w") as f:
        f.write(str(port))
    deadline = time.time() + 180
    while not answers(port):
        if process.poll() is not None:
            sys.exit(f"ralph runserver exited with {process.returncode}; see {p['log']}")
        if time.time() > deadline:
            os.killpg(process.pid, signal.SIGKILL)
            sys.exit(f"ralph runserver did not answer on port {port} within 180 s; see {p['log']}")
        time.sleep(0.2)
    print(json.dumps({
        "endpoint": f"http://127.0.0.1:{port}/xAPI/", "username": USERNAME, "password": PASSWORD, "port": port,
        "pid": process.pid, "statements_file": os.path.join(p["data"], "fs_lrs.jsonl"),
    }))


def stop(args):
    p = paths(os.path.abspath(args.dir))
    try:
        pid = int(open(p["pid"]).read())
    except (OSError, ValueError):
        return
    try:
        os.killpg(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            os.killpg(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        try:
            os.killpg(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
    os.remove(p["pid"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("start")
    s.add_argument("--dir", required=True)
    s.add_argument("--port", type=int, default=0)
    s.add_argument("--owner-pid", type=int, default=0)
    t = sub.add_parser("stop")
    t.add_argument("--dir", required=True)
    args = parser.parse_args()
    start(args) if args.command == "start" else stop(args)


if __name__ == "__main__":
    main()
