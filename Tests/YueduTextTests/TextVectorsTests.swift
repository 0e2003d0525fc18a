import Testing
import YueduText

/// Every worked example of ../shared/spec/text-vectors.json.
@Suite struct TextVectorsTests {
    let vectors: TextVectors

    init() throws { vectors = try SharedSpec.vectors() }

    @Test func every_wrap_example_gives_the_expected_rows_and_widths() {
        #expect(vectors.wrap.count >= 13)
        for example in vectors.wrap {
            let locale = example.lang == "ja" ? "ja@lb=strict" : example.lang
            let options = LayoutOptions(width: example.cols, locale: locale, hangingPunctuation: example.hanging,
                                        koreanKeepAll: example.korean_keep_all)
            let rows = LineWrapper.rows(example.input, options: options)
            #expect(rows.map(\.text) == example.expected, "\(example.label)")
            #expect(rows.map(\.width) == example.expected_widths, "\(example.label)")
            #expect(rows.map { TextWidth.of($0.text) } == example.expected_widths, "\(example.label)")
        }
    }

    @Test func every_truncation_example_is_exact() {
        #expect(!vectors.truncate.isEmpty)
        for example in vectors.truncate {
            let result = Truncation.truncate(example.input, to: example.cols)
            #expect(result == example.expected, "\(example.input) at \(example.cols)")
            #expect(TextWidth.of(result) == example.cols)
        }
    }

    @Test func every_list_row_example_is_exact_and_full_width() {
        #expect(!vectors.list_row.isEmpty)
        for example in vectors.list_row {
            let row = Truncation.listRow(title: example.title, date: example.date, width: example.cols)
            #expect(row == example.expected, "\(example.title)")
            #expect(TextWidth.of(row) == example.cols)
        }
    }

    @Test func every_fold_example_folds_as_specified() {
        #expect(!vectors.fold.isEmpty)
        for example in vectors.fold {
            #expect(SearchFold.fold(example.input) == example.expected, "\(example.input)")
        }
    }

    @Test func every_sanitize_example_gives_the_expected_text_and_width() {
        #expect(!vectors.sanitize.isEmpty)
        for example in vectors.sanitize {
            let clean = Sanitizer.sanitize(example.input)
            #expect(clean == example.expected, "\(example.input.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(TextWidth.of(clean) == example.width, "\(example.input)")
        }
    }

    @Test func every_width_example_sanitizes_to_the_listed_code_points_and_width() {
        #expect(!vectors.widths.isEmpty)
        for example in vectors.widths {
            let input = TextVectors.Width.string(example.input_codepoints)
            let clean = Sanitizer.sanitize(input)
            #expect(clean.unicodeScalars.map(\.value) == TextVectors.Width.string(example.sanitized_codepoints).unicodeScalars.map(\.value),
                    "\(example.name)")
            #expect(TextWidth.of(clean) == example.width, "\(example.name)")
            #expect(input.count == example.graphemes, "\(example.name)")
        }
    }
}
