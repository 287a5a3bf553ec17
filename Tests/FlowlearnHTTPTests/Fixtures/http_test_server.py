#!/usr/bin/env python3
"""A local HTTP(S) server for FlowlearnHTTP's tests. Python 3 standard library only.

Listens on 127.0.0.1 at a free port and prints "PORT <n>" on stdout once it accepts connections.
Exits when its stdin closes (so it never outlives the test process) or when killed.

Options: --tls CERT KEY serves HTTPS with that certificate and key.

Endpoints (any method):
  /echo...            JSON: method, path, headers ([[name, value], ...]), body (text),
                      client_port, connection (a number per TCP connection), connections (so far)
  /status/<code>      that status, with X-Test-Header: hello and two X-Multi fields
  /gzip?bytes=N       N bytes of text, gzip-compressed, if the client offered gzip (else 406)
  /slow?seconds=S     answers after S seconds
  /hang               answers after 300 seconds
  /wait-hanging?count=N  answers once N requests to /hang have arrived (for synchronisation)
  /big?bytes=N        N bytes; &chunked=1 sends them chunked, without a Content-Length
  /redirect           302 to /echo
"""
import gzip
import http.server
import json
import os
import ssl
import sys
import threading
import time
import urllib.parse

lock = threading.Lock()
connection_count = 0
hanging = threading.Condition(lock)
hang_arrivals = 0


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive

    def setup(self):
        global connection_count
        super().setup()
        with lock:
            connection_count += 1
            self.connection_number = connection_count

    def log_message(self, format, *args):
        pass

    def handle_one_request(self):
        try:
            super().handle_one_request()
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
            self.close_connection = True

    def send(self, status, body, headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def dispatch(self):
        global hang_arrivals
        url = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(url.query)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        path = url.path

        if path.startswith("/echo") or path.startswith("http://"):
            with lock:
                connections = connection_count
            reply = {
                "method": self.command,
                "path": self.path,
                "headers": [[name, value] for name, value in self.headers.items()],
                "body": body.decode("utf-8", "replace"),
                "client_port": self.client_address[1],
                "connection": self.connection_number,
                "connections": connections,
            }
            self.send(200, json.dumps(reply).encode(), [("Content-Type", "application/json")])
        elif path.startswith("/status/"):
            code = int(path[len("/status/"):])
            self.send(code, b"status %d" % code,
                      [("X-Test-Header", "hello"), ("X-Multi", "a"), ("X-Multi", "b")])
        elif path == "/gzip":
            size = int(query.get("bytes", ["1000"])[0])
            if "gzip" not in (self.headers.get("Accept-Encoding") or ""):
                self.send(406, b"gzip not offered")
                return
            plain = (b"flowlearn " * (size // 10 + 1))[:size]
            self.send(200, gzip.compress(plain), [("Content-Encoding", "gzip"), ("Content-Type", "text/plain")])
        elif path == "/slow":
            time.sleep(float(query.get("seconds", ["5"])[0]))
            self.send(200, b"slow")
        elif path == "/hang":
            with hanging:
                hang_arrivals += 1
                hanging.notify_all()
            time.sleep(300)
            self.send(200, b"finally")
        elif path == "/wait-hanging":
            count = int(query.get("count", ["1"])[0])
            with hanging:
                hanging.wait_for(lambda: hang_arrivals >= count, timeout=120)
                arrived = hang_arrivals
            self.send(200, b"%d" % arrived)
        elif path == "/big":
            size = int(query.get("bytes", ["1000000"])[0])
            if query.get("chunked", ["0"])[0] == "1":
                self.send_response(200)
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                chunk = b"x" * 65536
                remaining = size
                while remaining > 0:
                    part = chunk[:min(remaining, len(chunk))]
                    self.wfile.write(b"%x\r\n" % len(part) + part + b"\r\n")
                    remaining -= len(part)
                self.wfile.write(b"0\r\n\r\n")
            else:
                self.send(200, b"x" * size)
        elif path == "/redirect":
            self.send(302, b"", [("Location", "/echo")])
        else:
            self.send(404, b"not found")

    do_GET = do_PUT = do_POST = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = dispatch


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64

    def handle_error(self, request, client_address):
        pass  # clients hanging up mid-answer is what the timeout and cancellation tests do


def main():
    server = Server(("127.0.0.1", 0), Handler)
    args = sys.argv[1:]
    if args[:1] == ["--tls"]:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args[1], args[2])
        server.socket = context.wrap_socket(server.socket, server_side=True)

    def exit_when_stdin_closes():
        while sys.stdin.buffer.read(1024):
            pass
        os._exit(0)

    threading.Thread(target=exit_when_stdin_closes, daemon=True).start()
    print("PORT %d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
