// Replaced by the module's real tests.
import Testing
@Test func EndToEndTests_module_links() { #expect(Bool(true)) }
