import InnoCore
import InnoDraw

/// The review of figures read from a text: one row per proposal (accepted or skipped, the
/// target, year and value, what the database holds, a mark for a doubtful match), and
/// under the table the selected row's sentence, note and doubts, so the analyst judges
/// each figure against the words it was read from.
enum ReviewScreen {
    static func draw(_ state: AppState, in area: Area, into canvas: inout Canvas) {
        guard let review = state.review else { return }
        let l = state.language
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        let accepted = review.rows.filter(\.accepted).count
        let status = review.isSaved
            ? l.text("Saved: \(accepted) figure\(accepted == 1 ? "" : "s"). Enter or Esc: back to the overview.", "已保存 \(accepted) 个数据。按 Enter 或 Esc 返回总览。")
            : l.text("\(accepted) of \(review.rows.count) accepted. Nothing is saved until Enter.", "已接受 \(accepted)/\(review.rows.count)。按 Enter 前不保存任何数据。")
        let parts = Layout.vertical([.length(1), .length(1), .fill(1), .length(6)], in: inner)
        canvas.put(l.text("Figures read from ", "读出数据的文本：") + review.file, x: inner.x, y: parts[0].y, style: Style(.title, bold: true), maxWidth: inner.width)
        canvas.put(status, x: inner.x, y: parts[1].y, style: Style(review.isSaved ? .good : .normal), maxWidth: inner.width)
        let table = Rect(x: parts[2].x, y: parts[2].y + 1, width: parts[2].width, height: parts[2].height - 1)

        let header = [l.text("Save", "保存"), l.text("Target", "目标"), l.text("Year", "年份"), l.text("Value", "数值"), l.text("Database", "数据库")]
        let rows = review.rows.map { row -> [String] in
            let target = state.catalog.anyTarget(tracking: row.update.series)
            let value = target.map { Formatting.figure(row.update.value, of: $0, language: l) } ?? ExactDecimal.text(row.update.value)
            let stored: String
            if let old = row.stored {
                stored = row.isEqual ? l.text("the same", "相同") : l.text("revises ", "修订 ") + (target.map { Formatting.figure(old, of: $0, language: l) } ?? ExactDecimal.text(old))
            } else {
                stored = l.text("new", "新")
            }
            let mark = row.accepted ? (state.glyphs.braille ? "✔" : "x") : "·"
            let doubt = row.doubts.isEmpty ? "" : l.text(" ? doubtful", " ? 存疑")
            return [mark, (target?.name[l] ?? row.targetID), String(row.update.year), value, stored + doubt]
        }
        let widths = header.indices.map { c in ([header[c]] + rows.map { $0[c] }).map(DisplayWidth.of).max() ?? 0 }
        var x = table.x
        for (c, text) in header.enumerated() {
            canvas.put(text, x: x, y: table.y, style: Style(.dim), maxWidth: max(0, table.right - x))
            x += widths[c] + 2
            if x >= table.right { break }
        }
        let visible = max(1, table.height - 1)
        let first = min(max(0, review.selected - visible + 1), max(0, rows.count - visible))
        for (offset, cells) in rows.dropFirst(first).prefix(visible).enumerated() {
            let index = first + offset
            let y = table.y + 1 + offset
            let row = review.rows[index]
            let selected = index == review.selected
            var x = table.x
            for (c, text) in cells.enumerated() {
                let role: Role = c == 0 ? (row.accepted ? .good : .dim) : (!row.doubts.isEmpty && c == 4 ? .warning : .normal)
                let end = canvas.put(text, x: x, y: y, style: Style(role, bold: selected && c == 1, reverse: selected), maxWidth: max(0, table.right - x))
                if c == 0 && selected { canvas.cursor = (x: x, y: y) }
                x = max(end, x + widths[c]) + 2
                if x >= table.right { break }
            }
        }
        // The selected row's words, as the text wrote them.
        guard review.rows.indices.contains(review.selected) else { return }
        let row = review.rows[review.selected]
        var lines = TextWrap.lines("「\(row.sentence)」", width: max(10, inner.width))
        if let note = row.update.note, !note.isEmpty { lines += TextWrap.lines(l.text("Note: ", "备注：") + note, width: max(10, inner.width)) }
        for doubt in row.doubts { lines += TextWrap.lines(l.text("Doubtful: ", "存疑：") + doubt, width: max(10, inner.width)) }
        for (i, line) in lines.prefix(parts[3].height).enumerated() {
            canvas.put(line, x: parts[3].x, y: parts[3].y + i, style: Style(line.hasPrefix("「") ? .normal : .warning), maxWidth: parts[3].width)
        }
    }
}
