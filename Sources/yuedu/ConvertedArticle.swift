import ArgumentParser
import YueduModel
import YueduText

/// `--convert NAME`: ArgumentParser lists the valid names when one is wrong.
extension ScriptConversion: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
    public static var allValueStrings: [String] { names }
}

/// The text of an article in another script, field by field, so line breaking
/// and widths are computed on the converted text (互联网 → 網際網路 is wider).
/// The store keeps the text as imported; only what is printed changes.
enum ConvertedArticle {
    static func convert(_ detail: ArticleDetail, _ conversion: ScriptConversion) throws -> ArticleDetail {
        guard conversion != .none else { return detail }
        func c(_ s: String) throws -> String { try ScriptConverter.convert(s, conversion) }
        var detail = detail
        var a = detail.article
        a.title = try c(a.title); a.site = try c(a.site); a.source = try c(a.source); a.editor = try c(a.editor)
        a.paragraphs = try a.paragraphs.map(c)
        a.related = try a.related.map { item in
            var item = item
            item.title = try c(item.title); item.source = try c(item.source); item.excerpt = try c(item.excerpt)
            return item
        }
        detail.article = a
        return detail
    }
}
