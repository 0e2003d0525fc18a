#if canImport(Glibc)
import Glibc
#endif

/// Writes JSON Lines to a file through one reusable byte buffer: the corpus is
/// streamed, never held whole.
struct JSONLineWriter: ~Copyable {
    private let file: UnsafeMutablePointer<FILE>
    private(set) var line: [UInt8] = []
    private(set) var bytesWritten = 0

    init(path: String) throws {
        guard let file = fopen(path, "w") else {
            throw CorpusError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        self.file = file
        line.reserveCapacity(1 << 16)
    }

    deinit { fclose(file) }

    /// Appends raw JSON syntax (`{"id":`, `,`, `]`).
    mutating func raw(_ literal: StaticString) {
        line.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    mutating func number(_ n: Int) { line.append(contentsOf: String(n).utf8) }

    mutating func string(_ text: String) { string(Array(text.utf8)) }

    /// A JSON string: quotes, backslashes and control characters escaped;
    /// everything else (Chinese included) written as UTF-8.
    mutating func string(_ bytes: [UInt8]) {
        line.append(UInt8(ascii: "\""))
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""): line.append(UInt8(ascii: "\\")); line.append(byte)
            case UInt8(ascii: "\\"): line.append(UInt8(ascii: "\\")); line.append(byte)
            case 0..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                line.append(contentsOf: Array("\\u00".utf8))
                line.append(hex[Int(byte >> 4)]); line.append(hex[Int(byte & 15)])
            default: line.append(byte)
            }
        }
        line.append(UInt8(ascii: "\""))
    }

    /// Ends the line and hands it to stdio's buffer.
    mutating func endLine() throws {
        line.append(UInt8(ascii: "\n"))
        let written = line.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
        guard written == line.count else { throw CorpusError("write failed: \(String(cString: strerror(errno)))") }
        bytesWritten += written
        line.removeAll(keepingCapacity: true)
    }

    func flush() throws {
        guard fflush(file) == 0 else { throw CorpusError("write failed: \(String(cString: strerror(errno)))") }
    }
}

struct CorpusError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
