import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `export` and `export-state` write their file atomically, but only over a
/// regular file: a rename over `/dev/null` (tests run as root in CI) once
/// replaced it with a regular file and broke every later tmux. A FIFO stands
/// in for the device here, and a symbolic link must stay one.
@Suite struct CLIOutputFileTests {
    @Test func export_state_into_a_fifo_writes_through_it_and_leaves_it_a_fifo() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        try CLILibraryFixture.populate(cli)
        _ = try cli.run(["favorite", "kr-"])
        let fifo = cli.directory.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // Open the read end first (non-blocking), so the writer finds a reader.
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }

        let result = try cli.run(["export-state", fifo])

        #expect(result.status == 0, "\(result.stderr)")
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = read(reader, &buffer, buffer.count)
        let text = String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self)
        #expect(text.contains("kr-seoul-1"), "the state did not come through the FIFO: \(text)")
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the FIFO was replaced")
    }

    @Test func export_into_a_symbolic_link_writes_its_target_and_keeps_the_link() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        try CLILibraryFixture.populate(cli)
        _ = try cli.run(["favorite", "kr-"])
        let target = try cli.file("reading-list.md", "old\n")
        let link = cli.directory.appendingPathComponent("link.md").path
        #expect(symlink(target, link) == 0)

        let result = try cli.run(["export", "--favorites", "--format", "md", link])

        #expect(result.status == 0, "\(result.stderr)")
        var info = stat()
        #expect(lstat(link, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK, "the link was replaced by a file")
        let written = try String(contentsOfFile: target, encoding: .utf8)
        #expect(written.contains("서울 교육청 새 정책 발표"), "\(written)")
    }
}
