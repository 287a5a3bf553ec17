#!/usr/bin/env python3
"""bench-matrix.py — Flowlearn's reply latency on Matrix against a local Synapse (`make bench-matrix`).

  .venv/bin/python scripts/bench-matrix.py --binary PATH/TO/flowlearn [--questions 200] [--warmup 10]
        [--content DIR] [--json FILE] [--keep] [--floor-binary PATH] [--reference-bot [REPLY_FILE]]

Starts a throw-away Synapse (scripts/synapse-testserver.py, users bot, employee, colleague), runs
`flowlearn run` on it (platform = matrix, the shipped content), and then, one at a time:

  1. the employee asks a question in their direct chat with the bot and waits until the bot's
     threaded reply arrives in the employee's own /sync: the reply latency;
  2. the employee writes "ping" to a colleague in a shared room: the time until it arrives in
     the colleague's own /sync is one delivery, the floor, measured in the same run while the
     daemon is running and syncing; the colleague's client echoes a "pong" at once, and the time
     until that is back in the employee's /sync is two deliveries back to back (what a reply
     costs with no bot work at all, including the homeserver still finishing the first message
     while the second arrives).

Both are timed the same way: from just before the sender's PUT until the receiver's long-poll
/sync returns the event (each receiver's filter leaves out its own messages, so a long-poll wakes
only for news). A reply needs at least two deliveries (question to the bot, answer back), so the
figure of merit is  reply p50 / (2 x delivery p50); reply p50 / round trip p50 is also shown. Also
reported: replies lost (no reply within
30 s) or doubled, how many questions got a lesson, and the daemon's peak resident memory (VmHWM
in /proc/PID/status) at the end. Exit status 1 when a reply was lost or doubled.

With --encrypted the employee uses an end-to-end encrypting chat app instead (scripts/e2ee-chat-client.py:
matrix-nio with python-olm, as in the tests) with two direct chats with the bot, one encrypted and one not,
and asks in both in turn (the order alternating): the reply latency in the encrypted chat against the
plain one, measured the same way in the same run, and the daemon's peak memory with encryption on.

Uses only the standard library (and the venv's nio for --encrypted); run it with the venv's interpreter
(it re-executes itself with it).
"""

import argparse
import http.client
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV_PY = os.path.join(ROOT, ".venv", "bin", "python")


def log(msg):
    print("bench-matrix: " + msg, file=sys.stderr, flush=True)


class Client:
    """A tiny Matrix client over one kept-alive HTTP connection (one per thread)."""

    def __init__(self, base, token):
        u = urllib.parse.urlsplit(base)
        self.host, self.port, self.token = u.hostname, u.port, token
        self.conn = None

    def request(self, method, path, body=None, query=None, timeout=60):
        url = "/_matrix/client/v3" + path + ("?" + urllib.parse.urlencode(query) if query else "")
        data = None if body is None else json.dumps(body).encode()
        headers = {"Authorization": "Bearer " + self.token}
        if data is not None:
            headers["Content-Type"] = "application/json"
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
            try:
                self.conn.request(method, url, body=data, headers=headers)
                resp = self.conn.getresponse()
                raw = resp.read()
                arrived = time.perf_counter()
                if resp.status >= 300:
                    raise RuntimeError("%s %s: %d %s" % (method, path, resp.status, raw[:300]))
                return json.loads(raw or b"{}"), arrived
            except (http.client.HTTPException, ConnectionError, OSError):
                self.conn.close()
                self.conn = None
                if attempt == 2:
                    raise

    def send(self, room, content, event_type="m.room.message"):
        path = "/rooms/%s/send/%s/%s" % (q(room), event_type, uuid.uuid4().hex)
        started = time.perf_counter()
        body, _ = self.request("PUT", path, content)
        return body["event_id"], started


def q(text):
    return urllib.parse.quote(text, safe="")


class Receiver(threading.Thread):
    """A person's own long-polling /sync; remembers when each event arrived."""

    def __init__(self, base, token, user_id, relay=False):
        super().__init__(daemon=True)
        self.client = Client(base, token)
        # relay: answer every "ping" from someone else at once with a "pong" reply (a person whose
        # client echoes instantly: two deliveries back to back, no bot in between).
        self.relay = Client(base, token) if relay else None
        self.user_id = user_id
        self.cond = threading.Condition()
        self.events = {}  # event_id -> (event, room, arrival)
        self.invites = []
        self.stopping = False
        # Only others' messages and memberships: a long-poll returns only for news.
        self.filter = json.dumps({
            "presence": {"types": []}, "account_data": {"types": []},
            "room": {"timeline": {"types": ["m.room.message", "m.room.member"], "not_senders": [user_id], "limit": 50},
                     "state": {"types": []}, "ephemeral": {"types": []}, "account_data": {"types": []}},
        })
        body, _ = self.client.request("GET", "/sync", query={"timeout": "0", "filter": self.filter})
        self.since = body["next_batch"]

    def run(self):
        while not self.stopping:
            try:
                body, arrived = self.client.request("GET", "/sync", query={
                    "timeout": "30000", "since": self.since, "filter": self.filter}, timeout=60)
            except Exception as e:  # noqa: BLE001 — keep polling; the waits time out if this persists
                if self.stopping:
                    return  # the server is being stopped
                log("sync of %s failed: %s" % (self.user_id, e))
                time.sleep(0.5)
                continue
            self.since = body["next_batch"]
            pings = []
            with self.cond:
                for room, joined in body.get("rooms", {}).get("join", {}).items():
                    for ev in joined.get("timeline", {}).get("events", []):
                        self.events.setdefault(ev["event_id"], (ev, room, arrived))
                        if self.relay and ev["type"] == "m.room.message" and ev["content"].get("body", "").startswith("ping "):
                            pings.append((room, ev["event_id"]))
                for room in body.get("rooms", {}).get("invite", {}):
                    self.invites.append(room)
                self.cond.notify_all()
            for room, event_id in pings:
                self.relay.send(room, {"msgtype": "m.text", "body": "pong", "m.mentions": {},
                                       "m.relates_to": {"m.in_reply_to": {"event_id": event_id}}})

    def wait_for(self, pred, timeout):
        deadline = time.monotonic() + timeout
        with self.cond:
            while True:
                for ev, room, arrived in self.events.values():
                    if pred(ev, room):
                        return ev, arrived
                left = deadline - time.monotonic()
                if left <= 0:
                    return None, None
                self.cond.wait(left)


def questions_from(content_dir):
    """Every `questions:` entry of the lessons' front matter, with the lesson id (English and Dutch)."""
    found = []
    for dirpath, _, files in os.walk(content_dir):
        for name in sorted(files):
            if not name.endswith(".md") or name == "README.md" or os.path.basename(dirpath) == "reflection":
                continue
            text = open(os.path.join(dirpath, name), encoding="utf-8").read()
            if not text.startswith("---"):
                continue
            front = text.split("---", 2)[1]
            lesson = re.search(r"^id:\s*(\S+)", front, re.M)
            lesson = lesson.group(1) if lesson else name[:-3]
            block = re.search(r"^questions:\s*\n((?:\s+-\s.*\n)+)", front, re.M)
            if block:
                for line in block.group(1).splitlines():
                    found.append((line.strip()[2:].strip().strip('"'), lesson))
    return sorted(found)


def percentile(values, p):
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100.0
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def vm(pid, key):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])  # kB
    return None


def reference_bot(base, token, user_id, reply_file):
    """`--reference-bot`: a trivial bot (no matching, no store) answering every message in its
    direct chats with a fixed text, for comparison: the same harness, the same homeserver."""
    text = open(reply_file, encoding="utf-8").read() if reply_file else "Thanks, noted!"
    if text.startswith("---\n") and "\n---\n" in text[4:]:
        text = text[4:].split("\n---\n", 1)[1]  # a lesson file: its body, as Flowlearn would answer
    client = Client(base, token)
    body, _ = client.request("GET", "/sync", query={"timeout": "0"})
    since = body["next_batch"]
    for room in body.get("rooms", {}).get("invite", {}):
        client.request("POST", "/rooms/%s/join" % q(room), {})
    flt = json.dumps({"presence": {"types": []}, "account_data": {"types": []},
                      "room": {"timeline": {"types": ["m.room.message"], "not_senders": [user_id]},
                               "state": {"types": []}, "ephemeral": {"types": []}}})
    while True:
        body, _ = client.request("GET", "/sync", query={"timeout": "30000", "since": since, "filter": flt})
        since = body["next_batch"]
        for room in body.get("rooms", {}).get("invite", {}):
            client.request("POST", "/rooms/%s/join" % q(room), {})
        for room, joined in body.get("rooms", {}).get("join", {}).items():
            for ev in joined.get("timeline", {}).get("events", []):
                if ev["type"] == "m.room.message" and ev["sender"] != user_id:
                    client.send(room, {"msgtype": "m.text", "body": text, "m.mentions": {},
                                       "m.relates_to": {"m.in_reply_to": {"event_id": ev["event_id"]}}})


def encrypted_comparison(a, server, work, daemon):
    """--encrypted: the same questions in an encrypted and a plain direct chat, asked in turn."""
    base, employee, bot = server["homeserver"], server["users"]["employee"], server["users"]["bot"]
    app = subprocess.Popen([sys.executable, os.path.join(ROOT, "scripts", "e2ee-chat-client.py"), "--homeserver", base,
                            "--user", employee["user_id"], "--password", employee["password"], "--store", os.path.join(work, "app")],
                           stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    calls = [0]

    def call(op, **arguments):
        calls[0] += 1
        arguments.update(op=op, id=calls[0])
        app.stdin.write(json.dumps(arguments) + "\n")
        app.stdin.flush()
        while True:
            answer = json.loads(app.stdout.readline())
            if answer.get("id") == calls[0]:
                if not answer.get("ok"):
                    raise RuntimeError("%s: %s" % (op, answer.get("error")))
                return answer

    try:
        if not json.loads(app.stdout.readline()).get("ok"):
            raise RuntimeError("the chat app did not start")
        rooms = {}
        for kind in ("plain", "encrypted"):
            rooms[kind] = call("create_dm", encrypted=kind == "encrypted", **{"with": bot["user_id"]})["room_id"]
            call("wait_join", room=rooms[kind], user=bot["user_id"], timeout=60)
        questions = questions_from(a.content)
        log("%d questions; %d warm-up rounds, then %d measured in each chat" % (len(questions), a.warmup, a.questions))
        replies = {"plain": [], "encrypted": []}
        wrong = 0
        for i in range(a.warmup + a.questions):
            text, _ = questions[i % len(questions)]
            for kind in (("plain", "encrypted") if i % 2 == 0 else ("encrypted", "plain")):
                answer = call("ask", room=rooms[kind], text=text, sender=bot["user_id"], timeout=30)
                if answer["encrypted"] != (kind == "encrypted"):
                    wrong += 1
                if i >= a.warmup:
                    replies[kind].append(answer["reply_ms"])
        hwm = vm(daemon.pid, "VmHWM")
        p = {kind: (percentile(v, 50), percentile(v, 95), max(v)) for kind, v in replies.items()}
        print("Flowlearn on Matrix, encrypted and plain direct chats: %d questions each, asked in turn by an encrypting chat app"
              " (matrix-nio with python-olm), Synapse %s on 127.0.0.1" % (a.questions, server["synapse_version"]))
        for kind in ("plain", "encrypted"):
            print("  reply in the %-9s direct chat:  p50 %7.2f ms   p95 %7.2f ms   max %7.2f ms" % ((kind,) + p[kind]))
        print("  encrypted / plain:  p50 %.3f   p95 %.3f   (target p50 <= 1.2)" % (p["encrypted"][0] / p["plain"][0], p["encrypted"][1] / p["plain"][1]))
        print("  replies not encrypted as their chat: %d" % wrong)
        print("  daemon peak resident memory (VmHWM), encryption on: %.1f MB   (budget 45 MB)" % (hwm / 1024.0))
        if a.json:
            with open(a.json, "w") as f:
                json.dump({"plain_ms": replies["plain"], "encrypted_ms": replies["encrypted"], "daemon_peak_rss_kb": hwm}, f)
        return 1 if wrong else 0
    finally:
        try:
            app.stdin.write(json.dumps({"op": "quit"}) + "\n")
            app.stdin.flush()
            app.wait(10)
        except (OSError, subprocess.TimeoutExpired):
            app.kill()


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "_reference_bot":
        reference_bot(*sys.argv[2:6])
        return 0
    if os.path.realpath(sys.prefix) != os.path.realpath(os.path.join(ROOT, ".venv")) and os.path.exists(VENV_PY):
        os.execv(VENV_PY, [VENV_PY, os.path.abspath(__file__)] + sys.argv[1:])
    ap = argparse.ArgumentParser(description="Flowlearn reply latency on Matrix (see the module docstring).")
    ap.add_argument("--binary", help="the flowlearn executable (a release build)")
    ap.add_argument("--questions", type=int, default=200)
    ap.add_argument("--warmup", type=int, default=10, help="rounds before measuring (not counted)")
    ap.add_argument("--content", default=os.path.join(ROOT, "content"))
    ap.add_argument("--json", help="also write the results to this file")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (logs, store)")
    ap.add_argument("--floor-binary", metavar="PATH",
                    help="the memory-floor executable (same build as --binary): its peak memory is reported as the floor")
    ap.add_argument("--encrypted", action="store_true",
                    help="compare the reply latency in an encrypted direct chat with a plain one (an encrypting chat app)")
    ap.add_argument("--reference-bot", nargs="?", const="", metavar="REPLY_FILE",
                    help="measure a trivial Python bot instead of flowlearn (replies with REPLY_FILE's text, or a short one)")
    a = ap.parse_args()
    if a.binary is None and a.reference_bot is None:
        ap.error("--binary is required (or --reference-bot)")
    a.binary = os.path.abspath(a.binary) if a.binary else None
    for k in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        os.environ.pop(k, None)
    os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"

    work = tempfile.mkdtemp(prefix="flowlearn-bench-matrix-")
    synapse_dir = os.path.join(work, "synapse")
    server_script = os.path.join(ROOT, "scripts", "synapse-testserver.py")
    daemon = None
    try:
        out = subprocess.run([sys.executable, server_script, "start", "--dir", synapse_dir, "--users", "bot,employee,colleague",
                              "--owner-pid", str(os.getpid())], check=True, capture_output=True, text=True).stdout
        server = json.loads(out)
        base, users = server["homeserver"], server["users"]
        bot, employee, colleague = users["bot"], users["employee"], users["colleague"]
        log("Synapse %s at %s" % (server["synapse_version"], base))

        with open(os.path.join(work, "pickle-key"), "w") as f:
            f.write(os.urandom(32).hex() + "\n")
        with open(os.path.join(work, "flowlearn.conf"), "w") as f:
            f.write("[flowlearn]\nplatform = matrix\ncontent = %s\nstate = var\n[matrix]\nhomeserver = %s\nuser = %s\n"
                    "allowed_inviters = @*:localhost\npickle_key_file = pickle-key\n[team Bench]\nmanager = %s\nmembers = %s\n"
                    % (os.path.abspath(a.content), base, bot["user_id"], colleague["user_id"], employee["user_id"]))
        # A Wednesday morning, when no weekly reflection is open: on a Friday afternoon the employee's
        # messages would be read as their reflection, not as questions.
        env = dict(os.environ, FLOWLEARN_MATRIX_TOKEN=bot["access_token"], FLOWLEARN_NOW="2026-12-09T10:00:00+01:00")
        env.pop("FLOWLEARN_CONFIG", None)
        env.pop("NOTIFY_SOCKET", None)
        daemon_log = open(os.path.join(work, "daemon.log"), "w")
        command = [a.binary, "run", "--config", os.path.join(work, "flowlearn.conf")]
        if a.reference_bot is not None:
            command = [sys.executable, os.path.abspath(__file__), "_reference_bot", base, bot["access_token"], bot["user_id"],
                       os.path.abspath(a.reference_bot) if a.reference_bot else ""]
        daemon = subprocess.Popen(command, cwd=work, env=env, stdin=subprocess.DEVNULL, stdout=daemon_log, stderr=subprocess.STDOUT)

        if a.encrypted:
            return encrypted_comparison(a, server, work, daemon)
        sender = Client(base, employee["access_token"])
        mine = Receiver(base, employee["access_token"], employee["user_id"])
        theirs = Receiver(base, colleague["access_token"], colleague["user_id"], relay=True)
        mine.start()
        theirs.start()

        # The employee's direct chat with the bot, and a room with the colleague.
        body, _ = sender.request("POST", "/createRoom", {"preset": "trusted_private_chat", "is_direct": True,
                                                          "invite": [bot["user_id"]]})
        direct = body["room_id"]
        body, _ = sender.request("POST", "/createRoom", {"preset": "private_chat", "invite": [colleague["user_id"]]})
        shared = body["room_id"]
        Client(base, colleague["access_token"]).request("POST", "/rooms/%s/join" % q(shared), {})
        joined, _ = mine.wait_for(lambda ev, room: room == direct and ev["type"] == "m.room.member"
                                  and ev.get("state_key") == bot["user_id"] and ev["content"].get("membership") == "join", 60)
        if joined is None:
            raise RuntimeError("the daemon did not join the direct chat within 60 s; see %s/daemon.log" % work)

        questions = questions_from(a.content)
        if not questions:
            raise RuntimeError("no questions found in %s" % a.content)
        log("%d questions from %s; %d warm-up rounds, then %d measured" % (len(questions), a.content, a.warmup, a.questions))
        replies, deliveries, round_trips, lost, answered = [], [], [], [], 0
        for i in range(a.warmup + a.questions):
            text, lesson = questions[i % len(questions)]
            qid, t0 = sender.send(direct, {"msgtype": "m.text", "body": text})
            ev, t1 = mine.wait_for(lambda ev, room, qid=qid: ev.get("content", {}).get("m.relates_to", {})
                                   .get("m.in_reply_to", {}).get("event_id") == qid, 30)
            mid, t2 = sender.send(shared, {"msgtype": "m.text", "body": "ping %d" % i})
            ev2, t3 = theirs.wait_for(lambda ev, room, mid=mid: ev["event_id"] == mid, 30)
            ev3, t4 = mine.wait_for(lambda ev, room, mid=mid: ev.get("content", {}).get("m.relates_to", {})
                                    .get("m.in_reply_to", {}).get("event_id") == mid, 30)
            if i < a.warmup:
                continue
            if ev is None:
                lost.append(text)
            else:
                replies.append((t1 - t0) * 1000)
                if "nothing on that yet" not in ev["content"].get("body", "") and "nog niets over" not in ev["content"].get("body", ""):
                    answered += 1
            if ev2 is not None:
                deliveries.append((t3 - t2) * 1000)
            if ev3 is not None:
                round_trips.append((t4 - t2) * 1000)
        # Doubled replies: any question with more than one reply from the bot.
        with mine.cond:
            per_question = {}
            for ev, room, _ in mine.events.values():
                target = ev.get("content", {}).get("m.relates_to", {}).get("m.in_reply_to", {}).get("event_id")
                if room == direct and ev["sender"] == bot["user_id"] and target:
                    per_question[target] = per_question.get(target, 0) + 1
        doubled = sum(1 for n in per_question.values() if n > 1)
        hwm, rss = vm(daemon.pid, "VmHWM"), vm(daemon.pid, "VmRSS")
        floor_kb = None
        if a.floor_binary:
            # The same runtime and C libraries with no Flowlearn code, one request to the same server.
            out = subprocess.run([a.floor_binary, base + "/_matrix/client/versions"], capture_output=True, text=True, timeout=60)
            floor_kb = int(out.stdout.strip()) if out.returncode == 0 and out.stdout.strip().isdigit() else None

        r50, r95, rmax = percentile(replies, 50), percentile(replies, 95), max(replies)
        d50, d95, dmax = percentile(deliveries, 50), percentile(deliveries, 95), max(deliveries)
        ratio = r50 / (2 * d50)
        t50, t95, tmax = percentile(round_trips, 50), percentile(round_trips, 95), max(round_trips)
        relay_ratio = r50 / t50
        result = {
            "synapse": server["synapse_version"], "questions": a.questions, "warmup": a.warmup,
            "reply_ms": {"p50": round(r50, 2), "p95": round(r95, 2), "max": round(rmax, 2), "mean": round(statistics.mean(replies), 2)},
            "delivery_ms": {"p50": round(d50, 2), "p95": round(d95, 2), "max": round(dmax, 2), "mean": round(statistics.mean(deliveries), 2)},
            "round_trip_ms": {"p50": round(t50, 2), "p95": round(t95, 2), "max": round(tmax, 2)},
            "reply_p50_over_two_deliveries": round(ratio, 3),
            "reply_p50_over_round_trip_p50": round(relay_ratio, 3),
            "lost": len(lost), "doubled": doubled, "answered_with_a_lesson": answered,
            "daemon_peak_rss_kb": hwm, "daemon_rss_kb_at_end": rss, "memory_floor_peak_rss_kb": floor_kb,
        }
        print("%s on Matrix: %d questions, one at a time, Synapse %s on 127.0.0.1" % (
            "Flowlearn" if a.reference_bot is None else "A trivial Python bot", a.questions, server["synapse_version"]))
        print("  reply (question sent -> answer in the employee's /sync):  p50 %7.2f ms   p95 %7.2f ms   max %7.2f ms"
              % (r50, r95, rmax))
        print("  floor (employee -> colleague, one delivery):               p50 %7.2f ms   p95 %7.2f ms   max %7.2f ms"
              % (d50, d95, dmax))
        print("  two deliveries back to back (employee -> colleague, whose client echoes at once -> employee):")
        print("                                                             p50 %7.2f ms   p95 %7.2f ms   max %7.2f ms"
              % (t50, t95, tmax))
        print("  reply p50 / (2 x one delivery p50):                        %.3f  (target <= 1.05)" % ratio)
        print("  reply p50 / two deliveries back to back p50:               %.3f" % relay_ratio)
        print("  lost: %d   doubled: %d   answered with a lesson: %d/%d" % (len(lost), doubled, answered, a.questions))
        print("  daemon peak resident memory (VmHWM): %.1f MB   (target < 20 MB)" % (hwm / 1024.0))
        if floor_kb:
            print("  floor: Swift runtime + libcurl + SQLite + libolm + FoundationEssentials, no Flowlearn code: %.1f MB"
                  " (daemon / floor %.2f)" % (floor_kb / 1024.0, hwm / floor_kb))
        if a.json:
            with open(a.json, "w") as f:
                json.dump(result, f, indent=2)
        mine.stopping = theirs.stopping = True
        return 1 if lost or doubled else 0
    finally:
        if daemon is not None and daemon.poll() is None:
            daemon.send_signal(signal.SIGTERM)
            try:
                daemon.wait(15)
            except subprocess.TimeoutExpired:
                daemon.kill()
        subprocess.run([sys.executable, server_script, "stop", "--dir", synapse_dir], capture_output=True)
        if a.keep:
            log("kept %s" % work)
        else:
            subprocess.run(["rm", "-rf", work])


if __name__ == "__main__":
    sys.exit(main())
