import Testing
import YueduLazyLibrary

@Suite("Lazy library")
struct LazyLibraryTests {
    typealias Cosine = @convention(c) (Double) -> Double

    @Test func a_library_that_is_not_there_is_reported_by_its_name_and_every_soname_tried() throws {
        let error = try #require(throws: LazyLibraryError.self) {
            try LazyLibrary(name: "libnothing", sonames: ["libyuedu-nothing.so.7", "libyuedu-nothing.so.8"])
        }
        #expect(error.library == "libnothing")
        let text = "\(error)"
        #expect(text.hasPrefix("libnothing is not available (cannot load libyuedu-nothing.so.7 or libyuedu-nothing.so.8: "))
        #expect(text.contains("libyuedu-nothing.so.8: cannot open shared object file"), "\(text)")
    }

    @Test func a_later_soname_is_tried_when_the_first_does_not_load() throws {
        let libm = try LazyLibrary(name: "libm", sonames: ["libyuedu-nothing.so.1", "libm.so.6"])
        let cos = try libm.function("cos", as: Cosine.self)
        #expect(cos(0) == 1)
        #expect(cos(Double.pi) == -1)
    }

    @Test func a_function_the_library_lacks_is_reported_with_the_library_and_the_symbol() throws {
        let libm = try LazyLibrary(name: "libm", sonames: ["libm.so.6"])
        let error = try #require(throws: LazyLibraryError.self) { try libm.function("yuedu_no_such_function", as: Cosine.self) }
        #expect("\(error)".hasPrefix("libm is not available (yuedu_no_such_function is missing: "), "\(error)")
    }
}
