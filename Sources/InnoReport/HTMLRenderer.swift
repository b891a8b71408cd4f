import InnoDraw

/// A canvas as one self-contained HTML page that looks like the screen: inline CSS, no
/// script, nothing fetched, so it can be mailed, archived or opened offline. The page is
/// well-formed XML (XHTML syntax), so XML tools can read it too.
///
/// Each row is a line of fixed height; ASCII text flows in the monospace font, and every
/// other character sits in a box exactly one or two cells (`ch`) wide, so CJK characters
/// and symbols from fallback fonts keep the columns aligned. Underline is a bottom border,
/// which, unlike `text-decoration`, runs under those boxes too.
public enum HTMLRenderer {
    /// The page; `title` goes in the browser tab, `language` in the `lang` attribute.
    public static func render(_ canvas: Canvas, title: String, language: String) -> String {
        var rows = ""
        for y in 0..<canvas.height {
            rows += "<div class=\"row\">" + row(canvas.visibleRuns(row: y)) + "</div>\n"
        }
        return """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="\(Markup.escape(language))">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(Markup.escape(title))</title>
            <style>
            \(stylesheet)</style>
            </head>
            <body>
            <div class="screen" style="width: \(canvas.width)ch">
            \(rows)</div>
            </body>
            </html>

            """
    }

    /// The page's CSS: the look shared with the SVG, and a class per role.
    static var stylesheet: String {
        let rowHeight = ExportLook.cellHeight / ExportLook.fontSize
        var css = """
            body { margin: 0; padding: 24px; background: \(Palette.background); }
            .screen { box-sizing: content-box; padding: \(ExportLook.px(ExportLook.padding))px; \
            border-radius: \(ExportLook.px(ExportLook.cornerRadius))px; background: \(Palette.background); \
            color: \(Palette.foreground); font-family: \(ExportLook.fontFamily); \
            font-size: \(ExportLook.px(ExportLook.fontSize))px; line-height: \(rowHeight); }
            .row { height: \(rowHeight)em; white-space: pre; }
            .w1, .w2 { display: inline-block; text-align: center; }
            .w1 { width: 1ch; }
            .w2 { width: 2ch; }
            .b { font-weight: bold; }
            .u { border-bottom: 1px solid; }

            """
        for role in Role.allCases {
            css += ".\(className(role)) { color: \(Palette.colour(role).rgb); }\n"
        }
        return css
    }

    static func className(_ role: Role) -> String {
        "r-" + role.rawValue
    }

    /// A row's runs as spans; a reverse run swaps its colour and the background.
    static func row(_ runs: [CellRun]) -> String {
        var html = ""
        for run in runs {
            var classes = [className(run.style.role)]
            if run.style.bold { classes.append("b") }
            if run.style.underline { classes.append("u") }
            var attributes = " class=\"\(classes.joined(separator: " "))\""
            if run.style.reverse {
                attributes += " style=\"color: \(Palette.background); background: \(Palette.colour(run.style.role).rgb)\""
            }
            html += "<span\(attributes)>\(content(of: run))</span>"
        }
        return html
    }

    /// The run's text, every non-ASCII character in a box of its cell width.
    static func content(of run: CellRun) -> String {
        var html = ""
        for cell in run.cells {
            if cell.text.unicodeScalars.allSatisfy(\.isASCII) {
                html += Markup.escape(cell.text)
            } else {
                html += "<span class=\"w\(cell.width)\">\(Markup.escape(cell.text))</span>"
            }
        }
        return html
    }
}
