import YueduModel

/// One JSON Lines article, decoded field by field so that a wrong type or a
/// missing field is reported by name (`"views" must be a number`).
/// Required: id (string or number), title, site, published (ISO 8601), body
/// (array of strings, not empty), source, editor, related (array). Optional,
/// null allowed: url, views, lang. Unknown fields are ignored.
struct JSONArticleRecord: Decodable {
    var article: Article

    /// A field problem, already phrased for the user.
    struct FieldProblem: Error { var message: String }

    private enum Key: String, CodingKey {
        case id, url, title, site, published, views, body, source, editor, lang, related
    }
    private enum RelatedKey: String, CodingKey { case title, source, date, excerpt }

    init(from decoder: any Decoder) throws {
        let c: KeyedDecodingContainer<Key>
        do { c = try decoder.container(keyedBy: Key.self) } catch {
            throw FieldProblem(message: "expected a JSON object (one article per line)")
        }
        // The id names the article in the producer's world; the key comes from the URL or the content.
        guard c.contains(.id) else { throw FieldProblem(message: "missing \"id\" (a string or a number)") }
        guard (try? c.decode(String.self, forKey: .id)) != nil || (try? c.decode(Int64.self, forKey: .id)) != nil else {
            throw FieldProblem(message: "\"id\" must be a string or a number")
        }
        let title = try Self.required(String.self, c, .title, "a string")
        guard !title.trimmingSpaces.isEmpty else { throw FieldProblem(message: "\"title\" must not be empty") }
        let site = try Self.required(String.self, c, .site, "a string")
        let publishedText = try Self.required(String.self, c, .published, "a string")
        guard let published = PublishedDate(iso8601: publishedText) else {
            throw FieldProblem(message: "\"published\" must be an ISO 8601 date like 2024-01-08T09:30+08:00, not \"\(publishedText)\"")
        }
        let views = try Self.optional(Int.self, c, .views, "a number")
        if let views, views < 0 { throw FieldProblem(message: "\"views\" must not be negative") }
        let body = try Self.required([String].self, c, .body, "an array of strings")
        guard !body.isEmpty else { throw FieldProblem(message: "\"body\" must hold at least one paragraph") }
        let source = try Self.required(String.self, c, .source, "a string")
        let editor = try Self.required(String.self, c, .editor, "a string")
        let url = try Self.optional(String.self, c, .url, "a string")
        let lang = try Self.optional(String.self, c, .lang, "a string")
        let related = try Self.relatedItems(c, articleYear: published.year)
        article = Article.imported(url: url, site: site, title: title, published: published, views: views,
                                   paragraphs: body, source: source, editor: editor,
                                   language: lang.map(LanguageDetector.named), related: related)
    }

    private static func required<T: Decodable>(_ type: T.Type, _ c: KeyedDecodingContainer<Key>, _ key: Key,
                                               _ expected: String) throws -> T {
        guard c.contains(key) else { throw FieldProblem(message: "missing \"\(key.stringValue)\" (\(expected))") }
        do { return try c.decode(T.self, forKey: key) } catch {
            throw FieldProblem(message: "\"\(key.stringValue)\" must be \(expected)")
        }
    }

    private static func optional<T: Decodable>(_ type: T.Type, _ c: KeyedDecodingContainer<Key>, _ key: Key,
                                               _ expected: String) throws -> T? {
        do { return try c.decodeIfPresent(T.self, forKey: key) } catch {
            throw FieldProblem(message: "\"\(key.stringValue)\" must be \(expected)")
        }
    }

    private static func relatedItems(_ c: KeyedDecodingContainer<Key>, articleYear: Int) throws -> [RelatedItem] {
        guard c.contains(.related) else { throw FieldProblem(message: "missing \"related\" (an array, may be empty)") }
        var list: any UnkeyedDecodingContainer
        do { list = try c.nestedUnkeyedContainer(forKey: .related) } catch {
            throw FieldProblem(message: "\"related\" must be an array of objects")
        }
        var items: [RelatedItem] = []
        while !list.isAtEnd {
            let position = "related[\(items.count)]"
            let item: KeyedDecodingContainer<RelatedKey>
            do { item = try list.nestedContainer(keyedBy: RelatedKey.self) } catch {
                throw FieldProblem(message: "\"\(position)\" must be an object with title, source, date and excerpt")
            }
            func text(_ key: RelatedKey) throws -> String {
                guard item.contains(key) else { throw FieldProblem(message: "missing \"\(position).\(key.stringValue)\"") }
                do { return try item.decode(String.self, forKey: key) } catch {
                    throw FieldProblem(message: "\"\(position).\(key.stringValue)\" must be a string")
                }
            }
            let title = try text(.title), source = try text(.source), date = try text(.date), excerpt = try text(.excerpt)
            guard let resolved = RelatedDate.resolve(date.trimmingSpaces, articleYear: articleYear) else {
                throw FieldProblem(message: "\"\(position).date\" must be YYYY-MM-DD or MM-DD, not \"\(date)\"")
            }
            items.append(RelatedItem(title: title, source: source, dateAsWritten: date, date: resolved.date,
                                     yearInferred: resolved.yearInferred, excerpt: excerpt))
        }
        return items
    }
}
