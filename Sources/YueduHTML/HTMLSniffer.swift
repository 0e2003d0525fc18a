/// Recognises HTML by its first bytes, as WHATWG's sniffing does, so a page
/// saved without `.html` still imports as a page.
public enum HTMLSniffer {
    private static let markers = ["<!doctype html", "<html", "<head", "<script", "<iframe", "<h1", "<div",
                                  "<font", "<table", "<a ", "<style", "<title", "<b ", "<body", "<br", "<p ", "<p>",
                                  "<meta", "<!--"]

    public static func looksLikeHTML(_ prefix: [UInt8]) -> Bool {
        var i = 0
        if prefix.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        while i < prefix.count, [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains(prefix[i]) { i += 1 }
        guard i < prefix.count, prefix[i] == UInt8(ascii: "<") else { return false }
        let head = String(decoding: prefix[i..<min(prefix.count, i + 16)].map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 },
                          as: UTF8.self)
        return markers.contains { marker in
            guard head.hasPrefix(marker) else { return false }
            // "<html" must end the tag name: `<htmlfoo` is not HTML.
            let end = head.utf8.dropFirst(marker.utf8.count).first
            return marker.hasSuffix(" ") || marker.hasSuffix(">") || marker == "<!--"
                || end == nil || end == 0x20 || end == 0x3E || end == 0x09 || end == 0x0A || end == 0x0D
        }
    }
}
