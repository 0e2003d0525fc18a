#!/usr/bin/env python3
"""Serves the feed benchmark's feeds on loopback the way the web serves them.

Feed N (0-based) lives at http://127.0.0.{2 + N % HOSTS}:PORT/feed/N.xml: RSS 2.0,
20 items of Chinese prose, an ETag and a Last-Modified that a conditional request
must echo to get a 304. Every response waits DELAY seconds first (a round trip
plus server time). GET /stats on any host answers "200s 304s" served so far.

Usage: feed-bench-server.py --feeds 1000 --hosts 50 --delay 0.2 --ready FILE
With --hosts 1 the feeds are served from 127.0.0.1 alone. The chosen port is
written to FILE once every host listens.
"""
import argparse
import http.server
import socketserver
import threading
import time

LAST_MODIFIED = "Mon, 08 Jan 2024 01:30:00 GMT"
PROSE = ("教育部近日印发通知，要求各地进一步做好义务教育阶段学生作业管理工作，"
         "切实减轻学生过重课业负担。通知指出，学校要统筹调控不同年级、不同学科作业数量和作业时间，"
         "促进学生完成好基础性作业，强化实践性作业，探索跨学科综合性作业。")


class Counts:
    def __init__(self):
        self.lock = threading.Lock()
        self.full = 0
        self.not_modified = 0

    def add(self, status):
        with self.lock:
            if status == 304:
                self.not_modified += 1
            else:
                self.full += 1


def feed_body(number):
    items = []
    for i in range(20):
        items.append(
            f"<item><title>第{number}号频道 第{i}篇 教育动态</title>"
            f"<link>http://example.cn/f{number}/a{i}.html</link>"
            f"<guid isPermaLink=\"false\">f{number}-a{i}</guid>"
            f"<pubDate>Mon, {1 + i % 28:02d} Jan 2024 09:30:00 +0800</pubDate>"
            f"<description><![CDATA[<p>{PROSE}</p><p>{PROSE[::-1]}</p>]]></description></item>")
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
            f"<title>频道 {number}</title><link>http://example.cn/f{number}/</link>"
            "<language>zh-cn</language>" + "".join(items) + "</channel></rss>").encode("utf-8")


def make_handler(counts, delay):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # TCP_NODELAY, as web servers set it on keep-alive connections: the
        # headers and the body go out in two writes, and with Nagle's
        # algorithm the second waits for the client's delayed ACK (40 ms),
        # which made every request after a connection's first take 40 ms
        # more, for any reader that reuses connections.
        disable_nagle_algorithm = True

        def log_message(self, *args):
            pass

        def do_GET(self):
            if self.path == "/stats":
                body = f"{counts.full} {counts.not_modified}\n".encode()
                return self.answer(200, body, count=False)
            if not (self.path.startswith("/feed/") and self.path.endswith(".xml")):
                return self.answer(404, b"not found\n", count=False)
            number = int(self.path[len("/feed/"):-len(".xml")])
            time.sleep(delay)
            etag = f"\"f{number}-v1\""
            if self.headers.get("If-None-Match") == etag or self.headers.get("If-Modified-Since") == LAST_MODIFIED:
                return self.answer(304, b"", etag=etag)
            self.answer(200, feed_body(number), etag=etag)

        def answer(self, status, body, etag=None, count=True):
            if count:
                counts.add(status)
            self.send_response(status)
            if status != 304:
                self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
            if etag:
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", LAST_MODIFIED)
            self.end_headers()
            if status != 304:
                self.wfile.write(body)

    return Handler


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 256


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--hosts", type=int, default=50)
    parser.add_argument("--delay", type=float, default=0.2)
    parser.add_argument("--ready", required=True)
    args = parser.parse_args()

    counts = Counts()
    handler = make_handler(counts, args.delay)
    addresses = ["127.0.0.1"] if args.hosts == 1 else [f"127.0.0.{2 + h}" for h in range(args.hosts)]
    first = Server((addresses[0], 0), handler)
    port = first.server_address[1]
    servers = [first] + [Server((address, port), handler) for address in addresses[1:]]
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    with open(args.ready, "w") as ready:
        ready.write(f"{port}\n")
    threading.Event().wait()


if __name__ == "__main__":
    main()
