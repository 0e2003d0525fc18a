// Part of the text engine's public surface: it routes to the rules in Sanitize.swift and AmbiguousSubstitution.swift.

public enum Sanitizer {
    /// Display-safe text (S1–S8): no escape sequences or controls, zero-width
    /// format characters dropped, emoji reduced, NFC. Newlines are kept.
    public static func sanitize(_ s: String) -> String { SanitizePipeline.run(s) }

    /// W3's ASCII mode for terminals that draw ambiguous-width punctuation
    /// double: “”→", ‘’→', …→..., —→-, ·→. (apply before layout).
    public static func asciiForAmbiguous(_ s: String) -> String { AmbiguousSubstitution.apply(s) }
}
