import YueduModel
import YueduText

/// Maps one parsed JSON Lines object to an article, checking each field and
/// saying which one is wrong and what it held (`"views" must be a number,
/// not a string`). Required: id (string or number), title (not empty), site,
/// published (ISO 8601), body (array of strings, not empty), source, editor,
/// related (array of {title, source, date, excerpt}, each with an optional
/// url). Optional, null allowed: url, views, lang. Unknown fields are ignored.
enum JSONArticleRecord {
    /// A field problem, already phrased for the user.
    struct FieldProblem: Error, Equatable { var message: String }

    static func article(from value: JSONValue) throws(FieldProblem) -> Article {
        guard case .object = value else {
            throw FieldProblem(message: "expected a JSON object (one article per line), found \(value.kindName)")
        }
        // The id names the article in the producer's world; the key comes from the URL or the content.
        switch value["id"] {
        case .string?, .number?: break
        case nil: throw FieldProblem(message: "missing \"id\" (a string or a number)")
        case let other?: throw FieldProblem(message: "\"id\" must be a string or a number, not \(other.kindName)")
        }
        let title = try requiredString(value, "title")
        guard !title.trimmingWhitespace.isEmpty else { throw FieldProblem(message: "\"title\" must not be empty") }
        let site = try requiredString(value, "site")
        let publishedText = try requiredString(value, "published")
        guard let published = PublishedDate(iso8601: publishedText) else {
            throw FieldProblem(message: "\"published\" must be an ISO 8601 date like 2024-01-08T09:30+08:00, not \"\(publishedText)\"")
        }
        let views = try optionalCount(value, "views")
        let body = try paragraphs(value)
        let source = try requiredString(value, "source")
        let editor = try requiredString(value, "editor")
        let url = try optionalString(value, "url")
        let lang = try optionalString(value, "lang").flatMap { $0.isEmpty ? nil : $0 }  // "" means: detect
        let related = try relatedItems(value, articleYear: published.year)
        return Article.imported(url: url, site: site, title: title, published: published, views: views,
                                paragraphs: body, source: source, editor: editor,
                                language: lang.map(LanguageDetector.named), related: related)
    }

    private static func requiredString(_ object: JSONValue, _ name: String, in path: String = "") throws(FieldProblem) -> String {
        switch object[name] {
        case .string(let text)?: return text
        case nil: throw FieldProblem(message: "missing \"\(path)\(name)\" (a string)")
        case let other?: throw FieldProblem(message: "\"\(path)\(name)\" must be a string, not \(other.kindName)")
        }
    }

    private static func optionalString(_ object: JSONValue, _ name: String, in path: String = "") throws(FieldProblem) -> String? {
        switch object[name] {
        case .string(let text)?: return text
        case nil, .null?: return nil
        case let other?: throw FieldProblem(message: "\"\(path)\(name)\" must be a string, not \(other.kindName)")
        }
    }

    private static func optionalCount(_ object: JSONValue, _ name: String) throws(FieldProblem) -> Int? {
        switch object[name] {
        case .number(let number)?:
            guard number >= 0, number < 9.0e15, number.rounded() == number else {
                throw FieldProblem(message: "\"\(name)\" must be a whole number ≥ 0, not \(number)")
            }
            return Int(number)
        case nil, .null?: return nil
        case let other?: throw FieldProblem(message: "\"\(name)\" must be a number, not \(other.kindName)")
        }
    }

    private static func paragraphs(_ object: JSONValue) throws(FieldProblem) -> [String] {
        guard let body = object["body"] else { throw FieldProblem(message: "missing \"body\" (an array of strings)") }
        guard case .array(let elements) = body else {
            throw FieldProblem(message: "\"body\" must be an array of strings, not \(body.kindName)")
        }
        var paragraphs: [String] = []
        paragraphs.reserveCapacity(elements.count)
        for (i, element) in elements.enumerated() {
            guard case .string(let text) = element else {
                throw FieldProblem(message: "\"body\" must be an array of strings: \"body[\(i)]\" is \(element.kindName)")
            }
            paragraphs.append(text)
        }
        guard !paragraphs.isEmpty else { throw FieldProblem(message: "\"body\" must hold at least one paragraph") }
        return paragraphs
    }

    private static func relatedItems(_ object: JSONValue, articleYear: Int) throws(FieldProblem) -> [RelatedItem] {
        guard let related = object["related"] else {
            throw FieldProblem(message: "missing \"related\" (an array of objects, may be empty)")
        }
        guard case .array(let elements) = related else {
            throw FieldProblem(message: "\"related\" must be an array of objects, not \(related.kindName)")
        }
        var items: [RelatedItem] = []
        for (i, element) in elements.enumerated() {
            let path = "related[\(i)]."
            guard case .object = element else {
                throw FieldProblem(message: "\"related[\(i)]\" must be an object with title, source, date and excerpt, not \(element.kindName)")
            }
            let title = try requiredString(element, "title", in: path)
            let source = try requiredString(element, "source", in: path)
            let date = try requiredString(element, "date", in: path)
            let excerpt = try requiredString(element, "excerpt", in: path)
            let url = try optionalString(element, "url", in: path)
            guard let resolved = RelatedDate.resolve(date.trimmingWhitespace, articleYear: articleYear) else {
                throw FieldProblem(message: "\"\(path)date\" must be YYYY-MM-DD or MM-DD, not \"\(date)\"")
            }
            items.append(RelatedItem(title: title, source: source, dateAsWritten: date, date: resolved.date,
                                     yearInferred: resolved.yearInferred, excerpt: excerpt, url: url))
        }
        return items
    }
}
