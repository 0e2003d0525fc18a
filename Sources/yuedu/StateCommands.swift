import ArgumentParser
import Foundation
import YueduModel
import YueduStore

/// The file `export-state` writes and `import-state` reads.
struct StateFile: Codable {
    var format = "yuedu-reader-state"
    var version = 1
    var states: [ReaderState]
}

struct ExportStateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-state", abstract: "Write read marks, favourites and positions to a JSON file.")
    @OptionGroup var options: LibraryOptions
    @Argument(help: "The file to write, or - for standard output.") var file: String

    func run() throws {
        let states = try options.openStore().readerStates()
        let text = try Output.json(StateFile(states: states)) + "\n"
        if file == "-" { Output.out(text); return }
        do {
            try OutputFile.write(text, to: file)
        } catch {
            throw CLIError("\(file): cannot write the state file (\(error.localizedDescription))")
        }
        Output.err("exported \(states.count) article states to \(file)\n")
    }
}

struct ImportStateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-state",
        abstract: "Merge read marks, favourites and positions from a JSON file; never drops a favourite.")
    @OptionGroup var options: LibraryOptions
    @Argument(help: "The file to read, or - for standard input.") var file: String

    func run() throws {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let read = FileManager.default.contents(atPath: file) else {
                throw CLIError("\(file): cannot read the state file")
            }
            data = read
        }
        let decoded: StateFile
        do {
            decoded = try JSONDecoder().decode(StateFile.self, from: data)
        } catch {
            throw CLIError("\(file): not a yuedu state file (expected JSON from `yuedu export-state`)")
        }
        guard decoded.format == "yuedu-reader-state", decoded.version == 1 else {
            throw CLIError("\(file): state file format \(decoded.format) version \(decoded.version) is not known to this yuedu")
        }
        try options.openStore().mergeReaderStates(decoded.states)
        Output.err("merged \(decoded.states.count) article states from \(file)\n")
    }
}

/// A failure of the command line itself, printed as is.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
