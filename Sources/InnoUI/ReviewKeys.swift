import InnoCore

/// Keys of the review of figures read from a text: move, accept or skip a row, save the
/// accepted ones as one change, or leave without saving.
enum ReviewKeys {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect]? {
        guard var review = state.review else { return nil }
        let l = state.language
        defer { state.review = review }
        switch key {
        case .character("j"), .down:
            review.selected = min(review.selected + 1, max(0, review.rows.count - 1))
        case .character("k"), .up:
            review.selected = max(review.selected - 1, 0)
        case .character(" "):
            guard review.rows.indices.contains(review.selected), !review.isSaved else { return [] }
            review.rows[review.selected].accepted.toggle()
            if review.rows[review.selected].accepted, !review.rows[review.selected].doubts.isEmpty {
                state.message = Message(l.text("Accepted a doubtful figure: check its sentence below.", "已接受存疑数据：请核对下方原文。"))
            }
        case .character("a"):
            guard !review.isSaved else { return [] }
            for i in review.rows.indices where !review.rows[i].isEqual { review.rows[i].accepted = true }
        case .character("x"):
            guard !review.isSaved else { return [] }
            for i in review.rows.indices { review.rows[i].accepted = false }
        case .enter:
            guard !review.isSaved else {
                state.screen = .overview
                return []
            }
            let updates = review.accepted
            guard !updates.isEmpty else {
                state.message = Message(l.text("Nothing accepted: Space accepts the selected figure.", "未接受任何数据：按空格接受所选数据。"))
                return []
            }
            return [.importFigures(updates)]
        case .escape, .character("o"):
            if !review.isSaved {
                state.message = Message(l.text("Left the review: nothing from \(review.file) was saved.", "已离开审核：\(review.file) 中的数据均未保存。"))
            }
            state.screen = .overview
        default:
            return nil  // language, help, quit: as everywhere
        }
        return []
    }
}
