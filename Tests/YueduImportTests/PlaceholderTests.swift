// Replaced by the module's real tests.
import Testing
@Test func YueduImportTests_module_links() { #expect(Bool(true)) }
