#!/usr/bin/env python3
"""e2ee-chat-client.py — a person's end-to-end encrypting chat app, for Flowlearn's tests and benchmark.

A real Matrix client with encryption (matrix-nio[e2e] with python-olm, installed in <repo>/.venv by
scripts/ensure-synapse-venv.sh), driven over stdin/stdout: one JSON command per line in, one JSON
answer per line out ({"ok": true, ...} or {"ok": false, "error": "..."}). Its own /sync runs all the
time in the background, as a chat app's does: room keys are received and shared, device lists
followed, and every room message is decrypted as it arrives.

  .venv/bin/python scripts/e2ee-chat-client.py --homeserver URL --user @id:server --password PW
        --store DIR [--device-name NAME]

Commands ("op"):
  whoami                                   -> {"user_id", "device_id"}
  create_dm   with, encrypted              -> {"room_id"}   (is_direct, trusted_private_chat, like Element)
  accept_invite  from, timeout             -> {"room_id", "is_direct"}
  wait_join   room, user, timeout          -> {}
  send        room, text                   -> {"event_id"}  (encrypted when the room is)
  send_without_key  room, text, withheld   -> {"event_id"}  (Megolm-encrypted with a session whose key
              goes to nobody; withheld=true also tells the other members' devices with an
              m.room_key.withheld, code m.unverified, as a client that shares only with verified devices does)
  wait_message  room, sender, in_reply_to?, contains?, timeout
                                           -> {"event_id", "body", "encrypted", "in_reply_to"}
  messages    room, sender                 -> {"messages": [...], "undecryptable": N}
  ask         room, text, sender, timeout  -> {"event_id", "reply_ms", "encrypted"}: sends a text and waits for
              sender's reply to it; reply_ms from just before the send to the reply's arrival in this app's
              /sync, decrypted (what `make bench-matrix` measures)
  quit                                     -> exits

Times: timeouts in seconds. Stderr carries nio's warnings and this script's own notes.
"""

import argparse
import asyncio
import json
import os
import sys
import threading
import time
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, ".venv")
if os.path.realpath(sys.prefix) != os.path.realpath(VENV) and os.path.exists(os.path.join(VENV, "bin", "python")):
    os.execv(os.path.join(VENV, "bin", "python"), [os.path.join(VENV, "bin", "python"), os.path.abspath(__file__)] + sys.argv[1:])

import olm  # noqa: E402  (python-olm)
from nio import (AsyncClient, AsyncClientConfig, InviteMemberEvent, LoginResponse, MegolmEvent,  # noqa: E402
                 RoomMessageText, ToDeviceMessage)
from nio.api import Api, RoomPreset  # noqa: E402


def note(text):
    print("e2ee-chat-client: " + text, file=sys.stderr, flush=True)


class App:
    def __init__(self, client):
        self.client = client
        self.messages = {}  # room -> [dict]
        self.undecryptable = {}  # room -> count
        self.invites = {}  # room -> (inviter, is_direct)
        self.changed = asyncio.Event()
        client.add_event_callback(self.on_text, RoomMessageText)
        client.add_event_callback(self.on_undecryptable, MegolmEvent)
        client.add_event_callback(self.on_invite, InviteMemberEvent)

    def wake(self):
        self.changed.set()

    async def on_text(self, room, event):
        relates = event.source.get("content", {}).get("m.relates_to", {})
        self.messages.setdefault(room.room_id, []).append({
            "event_id": event.event_id, "sender": event.sender, "body": event.body,
            "encrypted": event.decrypted, "in_reply_to": relates.get("m.in_reply_to", {}).get("event_id"),
            "arrived": time.perf_counter(),
        })
        self.wake()

    async def on_undecryptable(self, room, event):
        self.undecryptable[room.room_id] = self.undecryptable.get(room.room_id, 0) + 1
        note("could not decrypt %s from %s in %s" % (event.event_id, event.sender, room.room_id))
        self.wake()

    async def on_invite(self, room, event):
        if event.state_key == self.client.user_id and event.membership == "invite":
            self.invites[room.room_id] = (event.sender, bool(event.content.get("is_direct")))
            self.wake()

    async def until(self, what, found, timeout):
        deadline = time.monotonic() + timeout
        while True:
            result = found()
            if result is not None:
                return result
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("waited %.0f s for %s" % (timeout, what))
            self.changed.clear()
            try:
                await asyncio.wait_for(self.changed.wait(), min(left, 1.0))
            except asyncio.TimeoutError:
                pass

    def joined(self, room_id, user):
        """Joined, not just invited (nio lists invited members among a room's users too)."""
        room = self.client.rooms.get(room_id)
        return room is not None and user in room.users and not room.users[user].invited

    def find_message(self, cmd):
        for m in self.messages.get(cmd["room"], []):
            if m["sender"] != cmd["sender"]:
                continue
            if cmd.get("in_reply_to") and m["in_reply_to"] != cmd["in_reply_to"]:
                continue
            if cmd.get("contains") and cmd["contains"] not in m["body"]:
                continue
            return m
        return None

    async def send_without_key(self, cmd):
        """A Megolm message whose session key nobody gets (a withheld or lost room key)."""
        room_id, c = cmd["room"], self.client
        session = olm.OutboundGroupSession()
        plaintext = {"type": "m.room.message", "content": {"msgtype": "m.text", "body": cmd["text"]}, "room_id": room_id}
        content = {"algorithm": "m.megolm.v1.aes-sha2", "sender_key": c.olm.account.identity_keys["curve25519"],
                   "ciphertext": session.encrypt(json.dumps(plaintext)), "session_id": session.id, "device_id": c.device_id}
        if cmd.get("withheld"):
            room = c.rooms[room_id]
            for user in room.users:
                if user == c.user_id:
                    continue
                for device in c.device_store.active_user_devices(user):
                    message = ToDeviceMessage("m.room_key.withheld", user, device.id, {
                        "algorithm": "m.megolm.v1.aes-sha2", "room_id": room_id, "session_id": session.id,
                        "sender_key": c.olm.account.identity_keys["curve25519"], "code": "m.unverified",
                        "reason": "The sender has disabled encrypting to unverified devices."})
                    await c.to_device(message)
        method, path, data = Api.room_send(c.access_token, room_id, "m.room.encrypted", content, str(uuid.uuid4()))
        response = await c.send(method, path, data, headers={"Content-Type": "application/json"})
        body = await response.json()
        if "event_id" not in body:
            raise RuntimeError("sending failed: %s" % body)
        return {"event_id": body["event_id"]}

    async def handle(self, cmd):
        c, op = self.client, cmd["op"]
        if op == "whoami":
            return {"user_id": c.user_id, "device_id": c.device_id}
        if op == "create_dm":
            state = [{"type": "m.room.encryption", "state_key": "", "content": {"algorithm": "m.megolm.v1.aes-sha2"}}] if cmd.get("encrypted") else []
            response = await c.room_create(is_direct=True, preset=RoomPreset.trusted_private_chat, invite=[cmd["with"]], initial_state=state)
            if not getattr(response, "room_id", None):
                raise RuntimeError("createRoom failed: %s" % response)
            return {"room_id": response.room_id}
        if op == "accept_invite":
            room_id = await self.until("an invite from " + cmd["from"],
                                       lambda: next((r for r, (who, _) in self.invites.items() if who == cmd["from"]), None), cmd.get("timeout", 60))
            await c.join(room_id)
            await self.until("joining " + room_id, lambda: True if self.joined(room_id, c.user_id) else None, 60)
            return {"room_id": room_id, "is_direct": self.invites.pop(room_id)[1]}
        if op == "wait_join":
            room, user = cmd["room"], cmd["user"]
            await self.until("%s to join %s" % (user, room), lambda: True if self.joined(room, user) else None, cmd.get("timeout", 60))
            return {}
        if op == "send":
            room = c.rooms.get(cmd["room"])
            if room and room.encrypted:
                if c.should_query_keys:
                    await c.keys_query()
            response = await c.room_send(cmd["room"], "m.room.message", {"msgtype": "m.text", "body": cmd["text"]},
                                         ignore_unverified_devices=True)
            if not getattr(response, "event_id", None):
                raise RuntimeError("sending failed: %s" % response)
            return {"event_id": response.event_id, "sent": time.perf_counter()}
        if op == "ask":
            started = time.perf_counter()
            sent = await self.handle({"op": "send", "room": cmd["room"], "text": cmd["text"]})
            reply = await self.until("the reply", lambda: self.find_message({"room": cmd["room"], "sender": cmd["sender"],
                                                                              "in_reply_to": sent["event_id"]}), cmd.get("timeout", 30))
            return {"event_id": sent["event_id"], "reply_ms": (reply["arrived"] - started) * 1000, "encrypted": reply["encrypted"]}
        if op == "send_without_key":
            return await self.send_without_key(cmd)
        if op == "wait_message":
            return await self.until("a message from %s in %s" % (cmd["sender"], cmd["room"]), lambda: self.find_message(cmd), cmd.get("timeout", 60))
        if op == "messages":
            mine = [m for m in self.messages.get(cmd["room"], []) if m["sender"] == cmd["sender"]]
            return {"messages": mine, "undecryptable": self.undecryptable.get(cmd["room"], 0)}
        raise ValueError("unknown op %r" % op)


async def main():
    ap = argparse.ArgumentParser(description="An end-to-end encrypting chat client driven over stdin/stdout (see the docstring).")
    ap.add_argument("--homeserver", required=True)
    ap.add_argument("--user", required=True)
    ap.add_argument("--password", required=True)
    ap.add_argument("--store", required=True, help="folder for the client's own keys")
    ap.add_argument("--device-name", default="test phone")
    a = ap.parse_args()
    for k in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        os.environ.pop(k, None)
    os.makedirs(a.store, exist_ok=True)
    client = AsyncClient(a.homeserver, a.user, store_path=a.store,
                         config=AsyncClientConfig(encryption_enabled=True, store_sync_tokens=False))
    login = await client.login(a.password, device_name=a.device_name)
    if not isinstance(login, LoginResponse):
        print(json.dumps({"ok": False, "error": "login failed: %s" % login}), flush=True)
        return 1
    app = App(client)
    await client.sync(timeout=0, full_state=True)
    if client.should_upload_keys:
        await client.keys_upload()
    syncing = asyncio.ensure_future(client.sync_forever(timeout=30000, loop_sleep_time=0))

    loop = asyncio.get_running_loop()
    lines = asyncio.Queue()

    def read_stdin():
        for line in sys.stdin:
            loop.call_soon_threadsafe(lines.put_nowait, line)
        loop.call_soon_threadsafe(lines.put_nowait, None)

    threading.Thread(target=read_stdin, daemon=True).start()
    print(json.dumps({"ok": True, "ready": True, "device_id": client.device_id}), flush=True)

    async def run(cmd):
        try:
            answer = await app.handle(cmd)
            answer["ok"] = True
        except Exception as e:  # noqa: BLE001 — every failure is an answer, the client goes on
            answer = {"ok": False, "error": "%s: %s" % (type(e).__name__, e)}
        answer["id"] = cmd.get("id")
        print(json.dumps(answer), flush=True)

    while True:
        line = await lines.get()
        if line is None:
            break
        line = line.strip()
        if not line:
            continue
        cmd = json.loads(line)
        if cmd.get("op") == "quit":
            break
        asyncio.ensure_future(run(cmd))
    syncing.cancel()
    await client.close()
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
