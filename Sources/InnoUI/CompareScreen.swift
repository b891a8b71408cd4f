import InnoCore
import InnoDraw

/// `c`: the selected target's indicator in every region with a series of it, on one chart
/// and in one table with the gap to the nation each year (`ComparisonView`, as
/// `innodash compare` draws it). It follows the selection and the as-of year.
enum CompareScreen {
    static func draw(_ state: AppState, in area: Area, into canvas: inout Canvas) {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        guard let comparison = state.comparison else {
            let text = state.language.text("No other region has a series of this target's indicator.", "其他地区没有该指标的数据序列。")
            canvas.put(text, x: inner.x, y: inner.y + 1, style: Style(.dim), maxWidth: inner.width)
            return
        }
        ComparisonView(comparison: comparison, language: state.language, glyphs: state.glyphs).draw(into: &canvas, in: inner)
    }
}
