import Glibc

/// Splits a byte stream fed in chunks into lines ended by LF, CRLF or a lone
/// CR, numbering them from 1. A CR at the end of one chunk and an LF at the
/// start of the next are one line end. Lines are handed out without their
/// terminator, as buffers valid only during the callback.
struct LineSplitter {
    private var pending: [UInt8] = []
    private var hasPending = false
    private var skipLF = false
    private(set) var lineNumber = 0

    mutating func feed(_ chunk: [UInt8], _ line: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) rethrows {
        try chunk.withUnsafeBufferPointer { bytes in
            var start = 0
            var i = 0
            if skipLF, bytes.count > 0 {
                skipLF = false
                if bytes[0] == 0x0A { start = 1; i = 1 }
            }
            // Most chunks hold no CR at all: then memchr finds the LFs.
            if let base = bytes.baseAddress, memchr(base, 0x0D, bytes.count) == nil {
                while i < bytes.count, let found = memchr(base + i, 0x0A, bytes.count - i) {
                    let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    try emit(UnsafeBufferPointer(rebasing: bytes[start..<end]), line)
                    start = end + 1
                    i = start
                }
                i = bytes.count
            }
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x0A || b == 0x0D {
                    try emit(UnsafeBufferPointer(rebasing: bytes[start..<i]), line)
                    if b == 0x0D {
                        if i + 1 < bytes.count {
                            if bytes[i + 1] == 0x0A { i += 1 }
                        } else {
                            skipLF = true
                        }
                    }
                    start = i + 1
                }
                i += 1
            }
            if start < bytes.count {
                pending.append(contentsOf: bytes[start...])
                hasPending = true
            }
        }
    }

    /// Hands out the last line when the input did not end with a line end.
    mutating func finish(_ line: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) rethrows {
        guard hasPending else { return }
        let last = pending
        pending = []; hasPending = false
        lineNumber += 1
        try last.withUnsafeBufferPointer { try line($0, lineNumber) }
    }

    private mutating func emit(_ tail: UnsafeBufferPointer<UInt8>,
                               _ line: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) rethrows {
        lineNumber += 1
        if hasPending {
            pending.append(contentsOf: tail)
            let whole = pending
            pending.removeAll(keepingCapacity: true); hasPending = false
            try whole.withUnsafeBufferPointer { try line($0, lineNumber) }
        } else {
            try line(tail, lineNumber)
        }
    }
}
