/// A word or punctuation mark kept as UTF-8 bytes with its character count, so
/// that building a million paragraphs never goes through String.
struct Word: Sendable {
    let bytes: [UInt8]
    let characters: Int

    init(_ text: String) {
        bytes = Array(text.utf8)
        characters = text.unicodeScalars.count
    }

    /// Splits a whitespace-separated list of words.
    static func list(_ text: String) -> [Word] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Word(String($0)) }
    }
}

/// Text under construction: UTF-8 bytes and a character count (every
/// character the generator writes is one Unicode scalar).
struct TextBuilder {
    var bytes: [UInt8] = []
    var characters = 0

    init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    mutating func add(_ word: Word) {
        bytes.append(contentsOf: word.bytes)
        characters += word.characters
    }

    mutating func add(_ other: TextBuilder) {
        bytes.append(contentsOf: other.bytes)
        characters += other.characters
    }

    /// A literal, appended without building a String.
    mutating func add(_ literal: StaticString) {
        let buffer = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        bytes.append(contentsOf: buffer)
        for byte in buffer where byte & 0xC0 != 0x80 { characters += 1 }
    }

    /// Decimal digits of a non-negative number.
    mutating func add(number: Int) {
        var digits: [UInt8] = []
        var n = number
        repeat { digits.append(UInt8(48 + n % 10)); n /= 10 } while n > 0
        bytes.append(contentsOf: digits.reversed())
        characters += digits.count
    }

    /// `12.5`: one decimal place, the way growth rates are written.
    mutating func add(tenths: Int) {
        add(number: tenths / 10)
        bytes.append(UInt8(ascii: "."))
        bytes.append(UInt8(48 + tenths % 10))
        characters += 2
    }

    mutating func removeAll() { bytes.removeAll(keepingCapacity: true); characters = 0 }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}

/// Punctuation, written as Chinese text writes it.
enum Mark {
    static let comma = Word("，")
    static let period = Word("。")
    static let enumeration = Word("、")
    static let colon = Word("：")
    static let semicolon = Word("；")
    static let openQuote = Word("“")
    static let closeQuote = Word("”")
    static let openBook = Word("《")
    static let closeBook = Word("》")
    static let space = Word(" ")
    static let percent = Word("%")
    static let and = Word("和")
    static let ellipsis = Word("...")
}
