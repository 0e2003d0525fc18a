/// The strings the reader shows of one article, as imported.
public struct ArticleDisplayText: Hashable, Sendable {
    public var title: String
    public var meta: String
    public var paragraphs: [String]
    /// Related items' text (titles, excerpts), in the order shown.
    public var related: [String]

    public init(title: String, meta: String, paragraphs: [String], related: [String]) {
        self.title = title; self.meta = meta; self.paragraphs = paragraphs; self.related = related
    }
}

/// An article's display strings in a script, each with its offset map
/// (search highlights and reading positions computed on the imported text
/// are carried over with `offsets.converted(_:)`, and back with `original`).
public struct ConvertedArticleText: Hashable, Sendable {
    public var conversion: ScriptConversion
    public var title: ConvertedText
    public var meta: ConvertedText
    public var paragraphs: [ConvertedText]
    public var related: [ConvertedText]

    public var strings: ArticleDisplayText {
        ArticleDisplayText(title: title.text, meta: meta.text, paragraphs: paragraphs.map(\.text),
                           related: related.map(\.text))
    }
}

/// Conversion once per article and configuration, not per frame: the last
/// `capacity` articles' converted text, by (article key, conversion). A value
/// the reader's state can hold; a hit costs a dictionary lookup and a
/// comparison of the source strings (which share storage when unchanged), so
/// an article re-imported under the same key is converted again.
public struct DisplayConversionCache: Sendable {
    private struct Key: Hashable { var article: String; var conversion: ScriptConversion }
    private struct Entry { var source: ArticleDisplayText; var converted: ConvertedArticleText; var used: Int }

    public let capacity: Int
    private var entries: [Key: Entry] = [:]
    private var clock = 0
    /// How many articles have been run through OpenCC (`none` never is).
    public private(set) var conversionsRun = 0

    public init(capacity: Int = 8) { self.capacity = max(capacity, 1) }

    public mutating func converted(_ text: ArticleDisplayText, key: String, conversion: ScriptConversion)
        throws(ScriptConversionError) -> ConvertedArticleText
    {
        clock += 1
        let cacheKey = Key(article: key, conversion: conversion)
        if let entry = entries[cacheKey], entry.source == text {
            entries[cacheKey]?.used = clock
            return entry.converted
        }
        let converted = try Self.convert(text, conversion)
        if conversion != .none { conversionsRun += 1 }
        if entries[cacheKey] == nil && entries.count >= capacity,
           let oldest = entries.min(by: { $0.value.used < $1.value.used })?.key
        {
            entries[oldest] = nil
        }
        entries[cacheKey] = Entry(source: text, converted: converted, used: clock)
        return converted
    }

    static func convert(_ text: ArticleDisplayText, _ conversion: ScriptConversion)
        throws(ScriptConversionError) -> ConvertedArticleText
    {
        func one(_ s: String) throws(ScriptConversionError) -> ConvertedText {
            try ScriptConverter.convertWithOffsets(s, conversion)
        }
        var paragraphs: [ConvertedText] = []
        paragraphs.reserveCapacity(text.paragraphs.count)
        for paragraph in text.paragraphs { paragraphs.append(try one(paragraph)) }
        var related: [ConvertedText] = []
        for item in text.related { related.append(try one(item)) }
        return ConvertedArticleText(conversion: conversion, title: try one(text.title), meta: try one(text.meta),
                                    paragraphs: paragraphs, related: related)
    }
}
