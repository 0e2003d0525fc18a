#!/usr/bin/env python3
"""Loopback HTTP fixture server for yuedu's tests (stdlib only).

Usage: fixture_http_server.py --host 127.0.0.1 --routes ROUTES.json --log LOG.jsonl
                              [--tls-cert CERT.pem --tls-key KEY.pem] [--keep-alive]

Binds HOST on a free port and prints the port on stdout. ROUTES.json is read
again on every request, so a test may rewrite it (atomically) between
requests. Each request is appended to LOG.jsonl before it is answered, and
each answer's status to LOG.jsonl.responses.jsonl. A request line in
absolute form (a proxy request) is routed by its path. With --keep-alive
the server speaks HTTP/1.1 and keeps a connection open between requests
(as web servers do), except after a body without Content-Length.

A route (all fields optional):
  status        int, default 200
  headers       [[name, value], ...]  (repeats allowed)
  body_b64      the body, base64
  fill          int: a body of this many "x" bytes, streamed
  encoding      "gzip" or "deflate": compress the body, set Content-Encoding
  no_length     true: no Content-Length, the body ends when the connection closes
  location      sets Location (status defaults to 302)
  delay         seconds to wait before answering
  stall         true: read the request, never answer
  trickle       {"chunk": bytes, "interval": seconds}: send the body slowly
  etag, last_modified   validators: a matching If-None-Match or
                If-Modified-Since gets 304 with no body
Unknown paths get 404.
"""
import argparse
import base64
import gzip
import http.server
import json
import os
import ssl
import sys
import threading
import time
import urllib.parse
import zlib

args = None
log_lock = threading.Lock()
active_lock = threading.Lock()
active = 0


def to_wire(value):
    # http.server writes headers as Latin-1; send non-ASCII values as UTF-8 bytes instead.
    return value.encode("utf-8").decode("latin-1")


def from_wire(value):
    # http.server reads header bytes as Latin-1; clients send UTF-8.
    raw = value.encode("latin-1", "replace")
    return raw.decode("utf-8", "replace")


class Handler(http.server.BaseHTTPRequestHandler):
    # HTTP/1.0: one request per connection, so a body without Content-Length
    # simply ends when the connection closes.
    protocol_version = "HTTP/1.0"
    server_version = "yuedu-fixture/1"
    # With --keep-alive, Nagle's algorithm would hold a body written after
    # its headers until the client's delayed ACK (40 ms): web servers set
    # TCP_NODELAY, and so does this one.
    disable_nagle_algorithm = True

    def log_message(self, format, *arguments):
        pass  # stdout carries only the port; stderr stays quiet

    def send_response(self, code, message=None):
        # Every answer's status goes to LOG.responses.jsonl, so a test can count the 304s it got.
        path = urllib.parse.urlsplit(self.path)
        record = {"path": path.path + ("?" + path.query if path.query else ""), "status": code}
        with log_lock, open(args.log + ".responses.jsonl", "a", encoding="utf-8") as log:
            log.write(json.dumps(record) + "\n")
        super().send_response(code, message)

    def do_GET(self):
        global active
        with active_lock:
            active += 1
            concurrent = active
        try:
            self.answer(concurrent)
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
            pass  # the client gave up (timeout, cancel, size cap): expected
        finally:
            with active_lock:
                active -= 1

    do_HEAD = do_GET

    def answer(self, concurrent):
        target = self.path
        path = urllib.parse.urlsplit(target)
        route_path = path.path + ("?" + path.query if path.query else "")
        record = {
            "method": self.command,
            "target": target,
            "path": route_path,
            "headers": [[k, from_wire(v)] for k, v in self.headers.items()],
            "client_port": self.client_address[1],
            "active": concurrent,
        }
        with log_lock, open(args.log, "a", encoding="utf-8") as log:
            log.write(json.dumps(record) + "\n")

        with open(args.routes, encoding="utf-8") as f:
            routes = json.load(f)
        route = routes.get(route_path)
        if route is None:
            route = routes.get(path.path)
        if route is None:
            return self.send(404, [["Content-Type", "text/plain"]], b"no route for " + route_path.encode())

        if route.get("stall"):
            while True:
                time.sleep(3600)
        if route.get("delay"):
            time.sleep(route["delay"])

        headers = [list(h) for h in route.get("headers", [])]
        status = route.get("status", 302 if "location" in route else 200)
        if "location" in route:
            headers.append(["Location", route["location"]])
        validators = []
        if "etag" in route:
            validators.append(["ETag", route["etag"]])
        if "last_modified" in route:
            validators.append(["Last-Modified", route["last_modified"]])
        if self.validators_match(route):
            return self.send(304, validators, b"")
        headers += validators

        if "fill" in route:
            return self.send_fill(status, headers, route["fill"], route.get("no_length", False))
        body = base64.b64decode(route.get("body_b64", ""))
        if route.get("encoding") == "gzip":
            body = gzip.compress(body)
            headers.append(["Content-Encoding", "gzip"])
        elif route.get("encoding") == "deflate":
            body = zlib.compress(body)  # HTTP "deflate" is the zlib format
            headers.append(["Content-Encoding", "deflate"])
        self.send(status, headers, body, trickle=route.get("trickle"),
                  length=not route.get("no_length", False))

    def validators_match(self, route):
        etag = route.get("etag")
        if etag is not None and from_wire(self.headers.get("If-None-Match", "")) == etag:
            return True
        modified = route.get("last_modified")
        return modified is not None and from_wire(self.headers.get("If-Modified-Since", "")) == modified

    def send(self, status, headers, body, trickle=None, length=True):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, to_wire(value))
        if length:
            self.send_header("Content-Length", str(len(body)))
        else:
            self.close_after()
        self.end_headers()
        if self.command == "HEAD":
            return
        if trickle:
            step = max(1, trickle.get("chunk", 1))
            for start in range(0, len(body), step):
                self.wfile.write(body[start:start + step])
                self.wfile.flush()
                time.sleep(trickle.get("interval", 0.1))
        else:
            self.wfile.write(body)

    def close_after(self):
        # A body that ends when the connection closes cannot share it.
        if self.protocol_version != "HTTP/1.0":
            self.send_header("Connection", "close")
            self.close_connection = True

    def send_fill(self, status, headers, size, no_length):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, to_wire(value))
        if not no_length:
            self.send_header("Content-Length", str(size))
        else:
            self.close_after()
        self.end_headers()
        chunk = b"x" * 65536
        left = size
        while left > 0:
            piece = chunk[:min(left, len(chunk))]
            self.wfile.write(piece)
            left -= len(piece)


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True  # a stalled handler must not hold up exit
    request_queue_size = 256  # many clients connect at once in the feeds benchmark


def exit_when_orphaned(parent):
    # The test process may die without stopping us: never outlive it.
    while True:
        if os.getppid() != parent:
            os._exit(0)
        time.sleep(0.2)


def main():
    global args
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--routes", required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("--keep-alive", action="store_true")
    args = parser.parse_args()
    if args.keep_alive:
        Handler.protocol_version = "HTTP/1.1"
    if not args.host.startswith("127."):
        sys.exit("fixture server: binds loopback only, not " + args.host)
    server = Server((args.host, 0), Handler)
    if args.tls_cert:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.tls_cert, args.tls_key)
        # The handshake happens in the handler's thread, so one bad client cannot block accept().
        server.socket = context.wrap_socket(server.socket, server_side=True, do_handshake_on_connect=False)
    threading.Thread(target=exit_when_orphaned, args=(os.getppid(),), daemon=True).start()
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
