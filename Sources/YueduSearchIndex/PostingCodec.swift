/// The byte format of the search index's posting lists and blocks.
///
/// A posting list is the ascending article ids holding one gram, each as
/// the LEB128 varint of its difference from the one before: ids of one
/// segment are close together, so most take one or two bytes.
///
/// A block holds the lists of consecutive grams of one segment, so that a
/// lookup reads one row of a few kilobytes:
///
///     varint n, then n × (varint gram − previous gram, varint list bytes),
///     then the n lists
///
/// where the first gram's "previous" is the block's `first_gram` (its row
/// key), so the first difference is 0.
package enum PostingCodec {
    package static func appendVarint(_ value: UInt64, to bytes: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// The varint at `offset`, advancing it; nil where the bytes end early
    /// or run on too long (a damaged block).
    package static func readVarint(_ bytes: UnsafeRawBufferPointer, _ offset: inout Int) -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count, shift < 64 {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }

    /// The ids of an encoded list; nil unless the bytes are a whole list
    /// of ids that ascend from 1 without overflowing (a damaged block must
    /// be reported, never half read).
    package static func decodeList(_ bytes: UnsafeRawBufferPointer) -> [Int64]? {
        var ids: [Int64] = []
        let complete = walkList(bytes) { ids.append($0) }
        return complete && !ids.isEmpty ? ids : nil
    }

    /// The first and last ids of an encoded list, without decoding it into
    /// an array; nil when `decodeList` would be.
    package static func bounds(of list: UnsafeRawBufferPointer) -> (first: Int64, last: Int64)? {
        var first: Int64?, last: Int64 = 0
        let complete = walkList(list) { id in
            if first == nil { first = id }
            last = id
        }
        guard complete, let first else { return nil }
        return (first, last)
    }

    /// Calls `body` with each id; false when the list is damaged.
    private static func walkList(_ bytes: UnsafeRawBufferPointer, _ body: (Int64) -> Void) -> Bool {
        var offset = 0, id: Int64 = 0
        while offset < bytes.count {
            guard let delta = readVarint(bytes, &offset), delta > 0, delta <= UInt64(Int64.max - id) else {
                return false
            }
            id += Int64(delta)
            body(id)
        }
        return true
    }

    /// The grams of a block with the byte range of each one's list; nil
    /// for a damaged block (lengths past its end, grams that do not ascend
    /// or leave the gram space).
    package static func directory(of block: UnsafeRawBufferPointer, firstGram: UInt64) -> [(gram: UInt64, list: Range<Int>)]? {
        var offset = 0
        guard firstGram < SearchGrams.limit, let n = readVarint(block, &offset), n > 0, n <= UInt64(block.count) else {
            return nil
        }
        var entries: [(gram: UInt64, length: UInt64)] = []
        entries.reserveCapacity(Int(n))
        var gram = firstGram
        for index in 0..<n {
            guard let delta = readVarint(block, &offset), let length = readVarint(block, &offset),
                  (delta > 0) == (index > 0), delta < SearchGrams.limit - gram, length > 0 else { return nil }
            gram += delta
            entries.append((gram, length))
        }
        var start = offset
        var result: [(gram: UInt64, list: Range<Int>)] = []
        result.reserveCapacity(entries.count)
        for entry in entries {
            guard entry.length <= UInt64(block.count - start) else { return nil }
            let length = Int(entry.length)
            result.append((entry.gram, start..<start + length))
            start += length
        }
        return result
    }
}

/// Cuts a segment's lists, fed in gram order, into blocks of about
/// `targetBytes`; a list longer than that makes a block of its own. Lists
/// are encoded straight into the block being filled: this runs for every
/// gram of every batch.
package struct PostingBlockBuilder {
    package static let targetBytes = 8192

    private var firstGram: UInt64?
    private var previousGram: UInt64 = 0
    private var header: [UInt8] = []
    private var lists: [UInt8] = []
    private var gramCount = 0
    private var finished: [(firstGram: UInt64, bytes: [UInt8])] = []

    package init() {}

    /// Adds the list of `gram`: `ids` ascending; nothing when empty.
    package mutating func add(gram: UInt64, ids: some Sequence<Int64>) {
        let start = lists.count
        var previous: Int64 = 0
        for id in ids {
            PostingCodec.appendVarint(UInt64(id - previous), to: &lists)
            previous = id
        }
        addEntry(gram: gram, listStart: start)
    }

    /// Adds a list already encoded (see `PostingCodec`).
    package mutating func add(gram: UInt64, encodedList list: some Collection<UInt8>) {
        let start = lists.count
        lists.append(contentsOf: list)
        addEntry(gram: gram, listStart: start)
    }

    /// Records the list just appended at `start`; when it makes the block
    /// too long, the block ends before it and the list starts the next.
    private mutating func addEntry(gram: UInt64, listStart start: Int) {
        let length = lists.count - start
        guard length > 0 else { return }
        if firstGram != nil, lists.count > Self.targetBytes { finishBlock(listsEndingAt: start) }
        if firstGram == nil {
            firstGram = gram
            previousGram = gram
        }
        PostingCodec.appendVarint(gram - previousGram, to: &header)
        PostingCodec.appendVarint(UInt64(length), to: &header)
        previousGram = gram
        gramCount += 1
    }

    /// Ends the block being filled; call once after the last list.
    package mutating func flush() { finishBlock(listsEndingAt: lists.count) }

    /// The blocks finished so far, handing them over.
    package mutating func takeFinished() -> [(firstGram: UInt64, bytes: [UInt8])] {
        defer { finished = [] }
        return finished
    }

    private mutating func finishBlock(listsEndingAt end: Int) {
        guard let first = firstGram else { return }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(header.count + end + 4)
        PostingCodec.appendVarint(UInt64(gramCount), to: &bytes)
        bytes.append(contentsOf: header)
        bytes.append(contentsOf: lists[..<end])
        finished.append((first, bytes))
        firstGram = nil
        header.removeAll(keepingCapacity: true)
        lists.removeFirst(end)
        gramCount = 0
    }
}
