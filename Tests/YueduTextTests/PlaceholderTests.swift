// Replaced by the module's real tests.
import Testing
@Test func YueduTextTests_module_links() { #expect(Bool(true)) }
