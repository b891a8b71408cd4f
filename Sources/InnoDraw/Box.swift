/// A panel's titled frame, as btop draws its boxes: the title on the top edge, the content
/// inside.
public enum Box {
    /// Draws the frame around `rect` with `title` on its top edge (cut short to fit) and
    /// returns the inside.
    @discardableResult
    public static func draw(_ title: String, in rect: Rect, into canvas: inout Canvas, glyphs: Glyphs,
                            titleStyle: Style = Style(.heading, bold: true)) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let frame = Style(.dim)
        let corners = glyphs.frameCorners
        let top = rect.y, bottom = rect.bottom - 1, left = rect.x, right = rect.right - 1
        canvas.fill(glyphs.frameHorizontal, x: left + 1, y: top, count: rect.width - 2, style: frame)
        canvas.fill(glyphs.frameHorizontal, x: left + 1, y: bottom, count: rect.width - 2, style: frame)
        for y in (top + 1)..<bottom {
            canvas.put(String(glyphs.frameVertical), x: left, y: y, style: frame)
            canvas.put(String(glyphs.frameVertical), x: right, y: y, style: frame)
        }
        canvas.put(String(corners[0]), x: left, y: top, style: frame)
        canvas.put(String(corners[1]), x: right, y: top, style: frame)
        canvas.put(String(corners[2]), x: left, y: bottom, style: frame)
        canvas.put(String(corners[3]), x: right, y: bottom, style: frame)
        let room = rect.width - 6
        if room > 0, !title.isEmpty {
            let shown = DisplayWidth.truncate(title, to: room, ellipsis: glyphs.ellipsis)
            canvas.put(" " + shown + " ", x: left + 2, y: top, style: titleStyle)
        }
        return rect.inset(1)
    }
}
