import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An element of a parsed SVG or XHTML document: what the tests look at.
struct XMLElement {
    var name: String
    var attributes: [String: String]
    /// The text directly inside the element, in order.
    var text: String
}

/// Parses a document with Foundation's `XMLParser` (libxml2) and lists its elements in
/// document order; throws when the document is not well-formed XML.
final class XMLElements: NSObject, XMLParserDelegate {
    private(set) var elements: [XMLElement] = []
    private var open: [Int] = []

    struct NotWellFormed: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ document: String) throws -> [XMLElement] {
        let parser = XMLParser(data: Data(document.utf8))
        let collector = XMLElements()
        parser.delegate = collector
        guard parser.parse() else {
            throw NotWellFormed(description: "line \(parser.lineNumber), column \(parser.columnNumber): \(parser.parserError.map { "\($0)" } ?? "not well-formed")")
        }
        return collector.elements
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        open.append(elements.count)
        elements.append(XMLElement(name: name, attributes: attributes, text: ""))
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let index = open.last { elements[index].text += string }
    }
}
