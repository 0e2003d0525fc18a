// Replaced by the module's real tests.
import Testing
@Test func YueduStoreTests_module_links() { #expect(Bool(true)) }
