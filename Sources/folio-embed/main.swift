import Foundation

// Build tool: writes a Swift file declaring `let NAME = "<contents of INPUT>"`.
// Usage: folio-embed INPUT OUTPUT NAME
let arguments = CommandLine.arguments
guard arguments.count == 4 else {
    FileHandle.standardError.write(Data("usage: folio-embed INPUT OUTPUT NAME\n".utf8))
    exit(2)
}
let text = try String(contentsOfFile: arguments[1], encoding: .utf8)
var literal = "\""
for scalar in text.unicodeScalars {
    switch scalar {
    case "\\": literal += "\\\\"
    case "\"": literal += "\\\""
    case "\n": literal += "\\n"
    case "\r": literal += "\\r"
    case "\t": literal += "\\t"
    default: literal.unicodeScalars.append(scalar)
    }
}
literal += "\""
let source = "// Generated from \(URL(fileURLWithPath: arguments[1]).lastPathComponent) at build time; do not edit.\nlet \(arguments[3]) = \(literal)\n"
try source.write(toFile: arguments[2], atomically: true, encoding: .utf8)
